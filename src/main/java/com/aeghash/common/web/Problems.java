package com.aeghash.common.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the one problem shape every API error uses: RFC 9457 plus {@code code}, {@code field} and {@code traceId}
 * (the request's trace, as in every log line it wrote: what an operator searches the logs and traces for).
 */
public final class Problems {

    private static final URI TYPE_BASE = URI.create("https://aeghash.com/problems/");
    /** Where Micrometer Tracing keeps the current trace id for the logs (the MDC key of its log correlation). */
    static final String TRACE_ID = "traceId";

    private Problems() {}

    public static ProblemDetail problem(HttpStatusCode status, String code, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(TYPE_BASE.resolve(code));
        problem.setProperty("code", code);
        if (field != null) {
            problem.setProperty("field", field);
        }
        String traceId = MDC.get(TRACE_ID);
        if (traceId != null && !traceId.isEmpty()) {
            problem.setProperty(TRACE_ID, traceId);
        }
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<Map<String, String>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes the problem as the whole response, for filters that answer before any controller runs. */
    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
