package com.aeghash.partner.internal.orders;

import com.aeghash.common.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The optional {@code metadata} of an order: any JSON object, kept as compact JSON text of bounded length. */
public final class OrderMetadata {

    static final int LENGTH_MAX = 4000;

    private OrderMetadata() {}

    /** The text to store, null when absent; a 400 naming {@code metadata} when it is not a small object. */
    public static String textOf(JsonNode metadata, JsonMapper json) {
        if (metadata == null || metadata.isNull()) {
            return null;
        }
        if (!metadata.isObject()) {
            throw ApiException.validation("metadata", "must be a JSON object");
        }
        String text = json.writeValueAsString(metadata);
        if (text.length() > LENGTH_MAX) {
            throw ApiException.validation("metadata", "must be at most " + LENGTH_MAX + " characters as JSON");
        }
        return text;
    }
}
