package com.aeghash.partner.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.web.Problems;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem answers of the partner API written as JSON text, in the same RFC 9457 shape as
 * {@code common.web.ProblemResponses} (type, title, status, detail, instance, code, field, extra properties),
 * because they are stored with idempotency keys and replayed verbatim, or written by the authentication filter
 * before Spring MVC runs.
 */
@Component
class PartnerProblems {

    private final JsonMapper json;

    PartnerProblems(JsonMapper json) {
        this.json = json;
    }

    PartnerResponse of(HttpStatus status, String code, String detail, String path) {
        return of(status, code, detail, null, Map.of(), path);
    }

    PartnerResponse of(ApiException exception, String path) {
        return of(exception.status(), exception.code(), exception.getMessage(), exception.field(),
                exception.properties(), path);
    }

    private PartnerResponse of(HttpStatus status, String code, String detail, String field,
            Map<String, Object> properties, String path) {
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
        return PartnerResponse.of(status.value(), json.writeValueAsString(body));
    }

    String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
