package com.aeghash.common.web;

import com.aeghash.common.ApiException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Renders every error of the HTTP API as one {@link ProblemDetail} shape with a stable {@code code}.
 * Client mistakes are 4xx and name the offending field; anything unexpected is a 500 that says nothing
 * about internals (the cause is logged with the problem's instance id instead).
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> apiException(ApiException exception) {
        ProblemDetail problem =
                Problems.problem(exception.status(), exception.code(), exception.getMessage(), exception.field());
        exception.properties().forEach(problem::setProperty);
        Object retryAfter = exception.properties().get(ApiException.RETRY_AFTER_SECONDS);
        if (retryAfter != null) {
            return ResponseEntity.status(problem.getStatus())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, retryAfter.toString())
                    .body(problem);
        }
        return Problems.response(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException exception) {
        List<Map<String, String>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messageOf(error)))
                .toList();
        if (errors.isEmpty()) {
            return validation(null, "request body is invalid", List.of());
        }
        Map<String, String> first = errors.get(0);
        return validation(first.get("field"), first.get("field") + ": " + first.get("message"), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException exception) {
        List<Map<String, String>> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of(
                                "field",
                                        String.valueOf(
                                                result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        String field = errors.isEmpty() ? null : errors.get(0).get("field");
        String detail = errors.isEmpty()
                ? "request is invalid"
                : field + ": " + errors.get(0).get("message");
        return validation(field, detail, errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException exception) {
        List<Map<String, String>> errors = exception.getConstraintViolations().stream()
                .map(violation -> Map.of(
                        "field", lastNode(violation.getPropertyPath().toString()), "message", violation.getMessage()))
                .toList();
        String field = errors.isEmpty() ? null : errors.get(0).get("field");
        return validation(
                field,
                field + ": " + (errors.isEmpty() ? "invalid" : errors.get(0).get("message")),
                errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadableBody(HttpMessageNotReadableException exception) {
        Throwable cause = exception.getMostSpecificCause();
        if (cause instanceof RequestBodyTooLargeException tooLarge) {
            return bodyTooLarge(tooLarge);
        }
        if (cause instanceof StreamReadException) {
            return Problems.response(
                    Problems.problem(HttpStatus.BAD_REQUEST, "malformed_json", "request body is not valid JSON", null));
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = JsonPaths.of(jackson.getPath());
            return validation(
                    field,
                    field + ": has the wrong type or format",
                    List.of(Map.of("field", field, "message", "has the wrong type or format")));
        }
        return Problems.response(Problems.problem(
                HttpStatus.BAD_REQUEST, "malformed_json", "request body is missing or not readable", null));
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestBodyTooLargeException exception) {
        return Problems.response(
                Problems.problem(HttpStatus.BAD_REQUEST, "body_too_large", exception.getMessage(), null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException exception) {
        return validation(exception.getName(), exception.getName() + ": has the wrong type or format", List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException exception) {
        return validation(exception.getParameterName(), exception.getParameterName() + ": is required", List.of());
    }

    /** A path variable that converted to nothing (a blank date, {@code %20}); any other missing one is a bug (500). */
    @ExceptionHandler(MissingPathVariableException.class)
    ResponseEntity<ProblemDetail> emptyPathVariable(MissingPathVariableException exception) throws Exception {
        if (!exception.isMissingAfterConversion()) {
            return unexpected(exception);
        }
        return validation(exception.getVariableName(), exception.getVariableName() + ": is required", List.of());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException exception) {
        return validation(exception.getHeaderName(), "header " + exception.getHeaderName() + " is required", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException exception) {
        return Problems.response(Problems.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", "send application/json", null));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException exception) {
        return Problems.response(Problems.problem(
                HttpStatus.NOT_ACCEPTABLE, "not_acceptable", "this resource answers application/json", null));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException exception) {
        return Problems.response(Problems.problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                "method_not_allowed",
                exception.getMethod() + " is not allowed here",
                null));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException exception) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not_found", "no such resource", null));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException exception) {
        log.warn("request rejected by a database constraint", exception);
        return Problems.response(Problems.problem(
                HttpStatus.CONFLICT, "conflict", "the request conflicts with the current state", null));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) throws Exception {
        if (exception instanceof org.springframework.security.access.AccessDeniedException
                || exception instanceof org.springframework.security.core.AuthenticationException) {
            throw exception; // answered by the security layer (401/403 problems)
        }
        String incident = UUID.randomUUID().toString();
        log.error("unexpected error, incident {}", incident, exception);
        ProblemDetail problem = Problems.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal_error",
                "unexpected error; quote incident " + incident,
                null);
        problem.setProperty("incident", incident);
        return Problems.response(problem);
    }

    private static ResponseEntity<ProblemDetail> validation(
            String field, String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "validation_failed", detail, field);
        if (!errors.isEmpty()) {
            Problems.withErrors(problem, errors);
        }
        return Problems.response(problem);
    }

    private static String messageOf(FieldError error) {
        if (error.isBindingFailure()) {
            return "has the wrong type or format";
        }
        return String.valueOf(error.getDefaultMessage());
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
