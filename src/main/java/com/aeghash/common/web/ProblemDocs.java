package com.aeghash.common.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Error responses in the API document: the shared {@code Problem} schema ({@link Problems}) and, per operation and
 * status, an {@code application/problem+json} response listing the {@code code}s it can carry, one example each.
 */
public final class ProblemDocs {

    public static final String SCHEMA = "Problem";
    /** The extension of an error response that lists its codes (machine-readable; the description repeats them). */
    public static final String CODES = "x-problem-codes";

    private static final String REF = "#/components/schemas/" + SCHEMA;
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ProblemDocs() {}

    /** RFC 9457 plus {@code code}, {@code field}, {@code traceId} and, for invalid bodies, {@code errors}. */
    @SuppressWarnings("rawtypes")
    public static Schema<?> schema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("https://aeghash.com/problems/{code}"));
        properties.put("title", new StringSchema().description("the HTTP status's reason phrase"));
        properties.put("status", new IntegerSchema().description("the HTTP status"));
        properties.put("detail", new StringSchema().description("what went wrong, for people"));
        properties.put("instance", new StringSchema().format("uri").description("the request path"));
        properties.put("code", new StringSchema().description("stable, machine-readable: what a client branches on"));
        properties.put("field", new StringSchema().description("the offending field or parameter, when there is one"));
        properties.put("traceId", new StringSchema().description("the request's trace id, as in the logs"));
        properties.put(
                "errors",
                new ArraySchema()
                        .items(new MapSchema().additionalProperties(new StringSchema()))
                        .description("each invalid field of a body: {field, message}"));
        return new ObjectSchema()
                .properties(properties)
                .required(List.of("type", "title", "status", "code"))
                .description("an RFC 9457 problem (application/problem+json); extra properties may follow");
    }

    /** Adds the codes to the operation's response of that status, creating the response if it has none. */
    public static void add(Operation operation, int status, Collection<String> codes) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        String key = Integer.toString(status);
        ApiResponse response = operation.getResponses().get(key);
        if (response == null) {
            response = new ApiResponse();
            operation.getResponses().addApiResponse(key, response);
        }
        Set<String> all = new LinkedHashSet<>(codesOf(response));
        all.addAll(codes);
        response.addExtension(CODES, List.copyOf(all));
        response.setDescription(HttpStatus.valueOf(status).getReasonPhrase() + ": a problem with `code` "
                + String.join(", ", all.stream().map(code -> "`" + code + "`").toList()));
        MediaType media = new MediaType().schema(new Schema<>().$ref(REF));
        all.forEach(code -> media.addExamples(code, new Example().value(example(status, code))));
        response.setContent(new Content().addMediaType(PROBLEM_JSON, media));
    }

    @SuppressWarnings("unchecked")
    public static List<String> codesOf(ApiResponse response) {
        Object codes = response.getExtensions() == null
                ? null
                : response.getExtensions().get(CODES);
        return codes == null ? List.of() : (List<String>) codes;
    }

    private static Map<String, Object> example(int status, String code) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://aeghash.com/problems/" + code);
        example.put("title", HttpStatus.valueOf(status).getReasonPhrase());
        example.put("status", status);
        example.put("detail", "what went wrong, for people");
        example.put("instance", "/api/v1/...");
        example.put("code", code);
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        return example;
    }
}
