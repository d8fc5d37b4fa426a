package com.aeghash.idempotency.internal;

import com.aeghash.common.web.ProblemDocs;
import com.aeghash.idempotency.HonoursIdempotencyKey;
import com.aeghash.idempotency.IdempotencyKey;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents {@code Idempotency-Key} on every operation that honours it (a {@code @RequestHeader(IdempotencyKey.HEADER)}
 * parameter or {@link HonoursIdempotencyKey}): the request header, {@code Idempotent-Replayed} on its success answers,
 * and the problems of a missing key (400) and of a key used for another payload or still in flight (409).
 */
@Component
class IdempotencyOpenApi implements OperationCustomizer {

    static final String IDEMPOTENT = "x-idempotent";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!honoursKey(handler)) {
            return operation;
        }
        keyParameter(operation)
                .ifPresentOrElse(
                        this::describe,
                        () -> operation.addParametersItem(describe(new HeaderParameter()
                                .name(IdempotencyKey.HEADER)
                                .required(true))));
        if (operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(
                            IdempotencyKey.REPLAYED_HEADER,
                            new Header()
                                    .description("`true` when this is the stored answer of an earlier call with the "
                                            + "same key and payload, byte for byte")
                                    .schema(new StringSchema()._enum(List.of("true"))));
                }
            });
        }
        ProblemDocs.add(operation, 400, List.of("idempotency_key_missing"));
        ProblemDocs.add(operation, 409, List.of("idempotency_conflict", "idempotency_in_progress"));
        operation.addExtension(IDEMPOTENT, true);
        return operation;
    }

    private Parameter describe(Parameter parameter) {
        return parameter
                .required(true)
                .description("8-255 printable ASCII characters, unique per intended effect; a retry with the same key "
                        + "and payload within 24 hours gets the first answer again (`Idempotent-Replayed: true`), "
                        + "another payload a 409 `idempotency_conflict`")
                .schema(new StringSchema().minLength(8).maxLength(255).pattern("^[\\x20-\\x7E]{8,255}$"))
                .example("order-2026-01-31-000123");
    }

    private static Optional<Parameter> keyParameter(Operation operation) {
        return operation.getParameters() == null
                ? Optional.empty()
                : operation.getParameters().stream()
                        .filter(parameter -> "header".equals(parameter.getIn())
                                && IdempotencyKey.HEADER.equalsIgnoreCase(parameter.getName()))
                        .findFirst();
    }

    private static boolean honoursKey(HandlerMethod handler) {
        return handler.hasMethodAnnotation(HonoursIdempotencyKey.class)
                || Arrays.stream(handler.getMethodParameters()).anyMatch(IdempotencyOpenApi::isKeyHeader);
    }

    private static boolean isKeyHeader(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        return header != null
                && (IdempotencyKey.HEADER.equalsIgnoreCase(header.name())
                        || IdempotencyKey.HEADER.equalsIgnoreCase(header.value()));
    }
}
