package com.aeghash.idempotency;

import com.aeghash.common.ApiException;
import com.aeghash.common.web.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link IdempotentResponse}s: a body as JSON text, and problems in the same RFC 9457 shape as
 * {@code common.web.ProblemResponses} (type, title, status, detail, instance, code, field, extra properties),
 * because they are stored with idempotency keys and replayed verbatim (or written by a filter before Spring MVC
 * runs).
 */
@Component
public class IdempotentResponses {

    private final JsonMapper json;

    public IdempotentResponses(JsonMapper json) {
        this.json = json;
    }

    /** {@code body} written by the application's JSON rules (amounts as decimal strings). */
    public IdempotentResponse json(HttpStatus status, Object body) {
        return IdempotentResponse.of(status.value(), json.writeValueAsString(body));
    }

    public IdempotentResponse problem(HttpStatus status, String code, String detail, String path) {
        return problem(status, code, detail, null, Map.of(), path);
    }

    public IdempotentResponse problem(ApiException exception, String path) {
        return problem(
                exception.status(),
                exception.code(),
                exception.getMessage(),
                exception.field(),
                exception.properties(),
                path);
    }

    private IdempotentResponse problem(
            HttpStatus status, String code, String detail, String field, Map<String, Object> properties, String path) {
        ProblemDetail problem = Problems.problem(status, code, detail, field);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", path);
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        body.putAll(properties);
        return IdempotentResponse.of(status.value(), json.writeValueAsString(body));
    }
}
