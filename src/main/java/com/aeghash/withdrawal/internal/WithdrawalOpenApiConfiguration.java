package com.aeghash.withdrawal.internal;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description lists the wire names a withdrawal's status and its audit actions can take: the public
 * {@link com.aeghash.withdrawal.WithdrawalView} carries them as strings, so the generated schema alone would
 * not say which values there are.
 */
@Configuration(proxyBeanMethods = false)
class WithdrawalOpenApiConfiguration {

    @Bean
    OpenApiCustomizer withdrawalWireNames() {
        return openApi -> {
            Map<String, Schema> schemas = openApi.getComponents().getSchemas();
            List<String> statuses = Arrays.stream(WithdrawalStatus.values())
                    .map(WithdrawalStatus::wireName)
                    .toList();
            List<String> actions = Arrays.stream(WithdrawalAuditAction.values())
                    .map(WithdrawalAuditAction::wireName)
                    .toList();
            listValues(schemas, "WithdrawalView", "status", statuses);
            listValues(schemas, "WithdrawalAuditEntry", "action", actions);
            listValues(schemas, "WithdrawalAuditEntry", "statusAfter", statuses);
        };
    }

    @SuppressWarnings("unchecked")
    private static void listValues(Map<String, Schema> schemas, String schema, String property, List<String> values) {
        Schema<?> owner = schemas == null ? null : schemas.get(schema);
        if (owner != null
                && owner.getProperties() != null
                && owner.getProperties().get(property) != null) {
            ((Schema<String>) owner.getProperties().get(property)).setEnum(values);
        }
    }
}
