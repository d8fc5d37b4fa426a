package com.aeghash.common.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API document as a contract a client can generate code from: per operation the roles allowed, every error status
 * with the shared {@code Problem} schema and its codes, and examples of every JSON body. What a handler method says
 * is read by {@link OperationContract}; what follows from the path and the security rules is added here, after the
 * security schemes ({@link OpenApiConfiguration} calls {@link #applyTo}, so the order is fixed). How to document an
 * operation: docs/DEVELOPING.md, "Documenting an operation".
 */
@Configuration(proxyBeanMethods = false)
class ApiContractConfiguration {

    /** The roles of an operation any signed-in operator may call (no role rule of its own). */
    static final String ANY_OPERATOR = "any signed-in operator";

    static final String MEMBER_TOKEN = "x-member-token";

    @Bean
    OperationCustomizer operationContract() {
        return new OperationContract();
    }

    static void applyTo(OpenAPI openApi, List<OperationAccess> access) {
        openApi.getComponents().addSchemas(ProblemDocs.SCHEMA, ProblemDocs.schema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.readOperationsMap().entrySet()) {
                byPath(entry.getKey().name(), path, entry.getValue(), access);
            }
        });
        new SchemaExamples(openApi)
                .addTo(openApi.getPaths().values().stream()
                        .map(PathItem::readOperations)
                        .flatMap(List::stream)
                        .toList());
    }

    private static void byPath(String method, String path, Operation operation, List<OperationAccess> access) {
        if (path.startsWith("/api/aegmall/") || path.startsWith("/api/from")) {
            ProblemDocs.add(operation, 401, List.of("invalid_signature"));
            ProblemDocs.add(operation, 403, List.of("ip_not_allowed"));
            ProblemDocs.add(operation, 429, List.of("rate_limited"));
            roles(operation, "the partner (AEGMALL), by its HMAC signature: no operator role");
        } else if (path.startsWith("/api/v1/callbacks/")) {
            roles(operation, "the vendor, by the callback's own token: no sign-in");
        } else if (!OperationContract.hasRoles(operation)
                && access.stream().anyMatch(rules -> rules.isOpen(method, path))) {
            operation.setSecurity(List.of());
            roles(operation, "anyone: no sign-in");
        } else {
            ProblemDocs.add(operation, 401, List.of("unauthorized"));
            ProblemDocs.add(operation, 403, List.of("forbidden"));
            roles(operation, ANY_OPERATOR);
        }
        if (access.stream().anyMatch(rules -> rules.admitsMemberToken(method, path))) {
            operation.addExtension(MEMBER_TOKEN, true);
            List<SecurityRequirement> security = new ArrayList<>(operation.getSecurity());
            security.add(new SecurityRequirement().addList(OpenApiConfiguration.MEMBER_TOKEN));
            operation.setSecurity(security);
            operation.setDescription(operation.getDescription() + "\n\n**Member JWT:** for its own member only"
                    + (path.equals("/api/v1/withdrawals") && method.equals("GET")
                            ? " (`memberId` = its member)."
                            : "."));
        }
    }

    private static void roles(Operation operation, String who) {
        if (!OperationContract.hasRoles(operation)) {
            OperationContract.describeRoles(operation, List.of(who));
        }
    }
}
