package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.TreeMap;

/** The running server's OpenAPI document read as a client generator reads it (swagger-parser), and its operations. */
record OpenApiDocument(OpenAPI openApi) {

    static OpenApiDocument read(int port) {
        String json = ApiClient.anonymous(port).get("/v3/api-docs").body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json);
        assertThat(parsed.getMessages()).as("the parser's complaints").isEmpty();
        return new OpenApiDocument(parsed.getOpenAPI());
    }

    /** Every operation by {@code "METHOD /path"}, sorted. */
    Map<String, Operation> operations() {
        Map<String, Operation> operations = new TreeMap<>();
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    /** The schema itself, or the component a {@code $ref} names. */
    @SuppressWarnings("rawtypes")
    Schema<?> resolve(Schema<?> schema) {
        if (schema == null || schema.get$ref() == null) {
            return schema;
        }
        String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        Schema target = openApi.getComponents().getSchemas().get(name);
        return resolve(target);
    }
}
