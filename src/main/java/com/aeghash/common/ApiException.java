package com.aeghash.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * A failure the API reports to its caller as an RFC 9457 problem: an HTTP status, a stable
 * machine-readable {@code code}, the offending {@code field} when there is one, and extra properties (never one of
 * {@link #PROBLEM_MEMBERS}: a problem has one key per name).
 * Services throw it (or a subclass); {@code common.web.ProblemResponses} renders it.
 */
public class ApiException extends RuntimeException {

    /** The problem's own members: an extra property of one of these names would be a second key of that name. */
    public static final Set<String> PROBLEM_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "code", "field", "traceId");

    /**
     * An extra property in whole seconds: the problem also answers it as the {@code Retry-After} header (a 429 or 503
     * that says when to come back).
     */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    private final HttpStatus status;
    private final String code;
    private final String field;
    private final Map<String, Object> properties;

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, null, detail, Map.of());
    }

    public ApiException(HttpStatus status, String code, String field, String detail, Map<String, Object> properties) {
        super(detail);
        properties.keySet().stream()
                .filter(PROBLEM_MEMBERS::contains)
                .findFirst()
                .ifPresent(name -> {
                    throw new IllegalArgumentException("'" + name + "' is a member of every problem, not an extra "
                            + "property (a resource's state is 'state')");
                });
        this.status = status;
        this.code = code;
        this.field = field;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static ApiException validation(String field, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", field, field + ": " + detail, Map.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " not found");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
