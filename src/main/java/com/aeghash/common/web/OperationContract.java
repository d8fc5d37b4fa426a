package com.aeghash.common.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * What the code of one handler method tells about its operation, documented so it cannot drift from the code: the
 * roles of its {@code @PreAuthorize} (method, else class), 400 for parameters and bodies, 404 for path ids, and the
 * codes of its {@link ProblemCode}s. What depends on the path (401/403, 429, who may call an operation without a role
 * rule) is added to the whole document by {@link ApiContractConfiguration}.
 */
class OperationContract implements OperationCustomizer {

    /** The extension listing the roles an operation admits ({@code ADMIN}, ...; or a sentence for who else may call). */
    static final String ROLES = "x-roles";

    /** The extension of a list answered whole ({@link BoundedList}): what bounds it. */
    static final String BOUNDED_LIST = "x-bounded-list";

    private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        rule(handler).ifPresent(rule -> describeRoles(operation, rolesOf(rule)));
        documentInputProblems(operation);
        BoundedList bounded = handler.getMethodAnnotation(BoundedList.class);
        if (bounded != null) {
            operation.addExtension(BOUNDED_LIST, bounded.value());
        }
        for (ProblemCode problem :
                AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(), ProblemCode.class)) {
            ProblemDocs.add(operation, problem.status(), List.of(problem.code()));
        }
        return operation;
    }

    /** What every handler with a body, query parameters or path variables can answer (common.web.ProblemResponses). */
    private static void documentInputProblems(Operation operation) {
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (body || !parameters.isEmpty()) {
            List<String> codes = new ArrayList<>(List.of("validation_failed"));
            if (body) {
                codes.addAll(List.of("malformed_json", "body_too_large"));
            }
            if (parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
                codes.add("malformed_query");
            }
            ProblemDocs.add(operation, 400, codes);
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            ProblemDocs.add(operation, 404, List.of("not_found"));
        }
        if (body) {
            ProblemDocs.add(operation, 415, List.of("unsupported_media_type"));
        }
    }

    private static Optional<String> rule(HandlerMethod handler) {
        Method method = handler.getMethod();
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return Optional.ofNullable(rule).map(PreAuthorize::value);
    }

    /** The roles a rule names ({@code hasRole}, {@code hasAnyRole}); {@code isAuthenticated()} admits every operator. */
    static List<String> rolesOf(String rule) {
        List<String> roles = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(rule);
        while (quoted.find()) {
            roles.add(quoted.group(1));
        }
        if (roles.isEmpty() && rule.contains("isAuthenticated()")) {
            roles.add(ApiContractConfiguration.ANY_OPERATOR);
        }
        if (roles.isEmpty()) {
            throw new IllegalStateException("no role in the rule " + rule + ": teach OperationContract to read it");
        }
        return roles;
    }

    static void describeRoles(Operation operation, List<String> roles) {
        operation.addExtension(ROLES, roles);
        String text = "**Roles allowed:** " + String.join(", ", roles) + ".";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? text : description + "\n\n" + text);
    }

    static boolean hasRoles(Operation operation) {
        return operation.getExtensions() != null && operation.getExtensions().containsKey(ROLES);
    }
}
