package com.aeghash.testsupport;

/** What the service's OpenAPI description ({@code /v3/api-docs}) says, read through the test client. */
public final class ApiDescription {

    private ApiDescription() {}

    /** The schema reference ({@code #/components/schemas/...}) of the JSON body {@code POST path} creates (201). */
    public static String createdSchema(ApiClient client, String path) {
        return client.get("/v3/api-docs")
                .json()
                .path("paths")
                .path(path)
                .path("post")
                .path("responses")
                .path("201")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asString();
    }
}
