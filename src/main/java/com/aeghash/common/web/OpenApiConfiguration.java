package com.aeghash.common.web;

import com.aeghash.common.Amounts;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as a contract: its metadata, amounts typed as the decimal strings they travel as, and how
 * each operation is authenticated. Whether the document and the UI exist, and whether they need a sign-in, is
 * {@code aeghash.web.*} (security module).
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "AEGHASH platform core API",
                        version = "v1",
                        description =
                                "Ledger, wallets (MBlock), mining (HashDam), withdrawals, organization, bonuses and the "
                                        + "AEGMALL partner API. Errors are RFC 9457 problems with a stable `code`; amounts are "
                                        + "plain decimals `^-?(0|[1-9][0-9]*)(\\.[0-9]+)?$` (sent as strings or numbers, "
                                        + "answered as strings); text fields take strings only, enums exactly their "
                                        + "names, dates `yyyy-MM-dd` (docs/modules/common.md, Input)."))
class OpenApiConfiguration {

    static final String OPERATOR = "operator";
    static final String SERVICE_TOKEN = "serviceToken";
    static final String MEMBER_TOKEN = "memberToken";
    static final String PARTNER_SIGNATURE = "partnerSignature";

    static {
        // Every BigDecimal of the API is an amount: answered as a plain decimal string (JsonConfiguration), read from
        // such a string (or a number of the same form).
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        BigDecimal.class,
                        new StringSchema()
                                .pattern(Amounts.PLAIN_DECIMAL)
                                .example("12.5")
                                .description("an amount: a plain decimal, as a string"));
    }

    /**
     * The security schemes and, per operation, which apply: operators (HTTP Basic) and service tokens everywhere under
     * {@code /api/v1}, member tokens also where the security rules admit them, the partner's HMAC signature on the
     * partner API, nothing on vendor callbacks (they carry their own token); then the rest of the contract
     * ({@link ApiContractConfiguration}).
     */
    @Bean
    OpenApiCustomizer securitySchemes(ObjectProvider<OperationAccess> access) {
        return openApi -> {
            openApi.getComponents()
                    .addSecuritySchemes(
                            OPERATOR,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("basic")
                                    .description("an operator's user name and password"))
                    .addSecuritySchemes(
                            SERVICE_TOKEN,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("service token")
                                    .description("a service token issued by an administrator "
                                            + "(/api/v1/service-tokens), for the member app and monitoring"))
                    .addSecuritySchemes(
                            MEMBER_TOKEN,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description("a member JWT signed by the member app: audience aeghash, at most 15 "
                                            + "minutes, subject = the {memberId} of the path"))
                    .addSecuritySchemes(
                            PARTNER_SIGNATURE,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.APIKEY)
                                    .in(SecurityScheme.In.HEADER)
                                    .name("X-AEG-Signature")
                                    .description("HMAC-SHA256 of the string to sign, with X-AEG-Key, X-AEG-Timestamp, "
                                            + "X-AEG-Nonce and X-AEG-Signature-Version: docs/partner-integration.md"));
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach(OpenApiConfiguration::secure);
            }
            ApiContractConfiguration.applyTo(openApi, access.orderedStream().toList());
        };
    }

    private static void secure(String path, PathItem item) {
        List<SecurityRequirement> requirements = requirementsOf(path);
        for (Map.Entry<PathItem.HttpMethod, Operation> operation :
                item.readOperationsMap().entrySet()) {
            operation.getValue().setSecurity(requirements);
        }
    }

    /** Each requirement is one way in; any of them will do. */
    static List<SecurityRequirement> requirementsOf(String path) {
        if (path.startsWith("/api/v1/callbacks/")) {
            return List.of();
        }
        if (path.startsWith("/api/aegmall/") || path.startsWith("/api/from")) {
            return List.of(new SecurityRequirement().addList(PARTNER_SIGNATURE));
        }
        // a member token where the security rules admit one: ApiContractConfiguration (OperationAccess)
        return List.of(new SecurityRequirement().addList(OPERATOR), new SecurityRequirement().addList(SERVICE_TOKEN));
    }
}
