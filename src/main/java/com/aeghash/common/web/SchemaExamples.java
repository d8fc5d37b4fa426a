package com.aeghash.common.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An example for every JSON request body and success response that has none of its own, built from its schema: a
 * property's own {@code example} (a DTO field's {@code @Schema(example = ...)}) first, else the first value of an
 * enum, else a value of its type and format (amounts are the decimal string {@code "12.5"}). Written examples on an
 * operation ({@code @ExampleObject}) are kept as they are.
 */
final class SchemaExamples {

    private static final int DEPTH_MAX = 6;
    private static final Set<String> MEMBER_IDS = Set.of("memberId", "sponsorId", "referrerId", "parentId");
    /** Plausible text for a property by its name (or its name's last word: {@code payoutReference}). */
    private static final Map<String, String> TEXT_BY_NAME = orderedHints();

    @SuppressWarnings("rawtypes")
    private final Map<String, Schema> components;

    SchemaExamples(OpenAPI openApi) {
        components = openApi.getComponents().getSchemas() == null
                ? Map.of()
                : openApi.getComponents().getSchemas();
    }

    private static Map<String, String> orderedHints() {
        Map<String, String> hints = new LinkedHashMap<>();
        hints.put("ipAddress", "203.0.113.7");
        hints.put("remoteAddress", "203.0.113.7");
        hints.put("address", "0x52908400098527886E0F7030069857D2E4169EE7");
        hints.put("destination", "0x52908400098527886E0F7030069857D2E4169EE7");
        hints.put("txid", "0x9fc76417374aa880d4449a1f7f31ec597f00b1f6f3dd2d66f4c9c6c445836d8b");
        hints.put("orderId", "ORD-1001");
        hints.put("reference", "order-2026-01-31-000123");
        hints.put("reason", "as agreed with the member on the phone");
        hints.put("note", "checked against the vendor console");
        hints.put("username", "alice.ops");
        hints.put("password", "correct-horse-battery-staple");
        hints.put("deviceId", "device-4f1c");
        hints.put("geo", "KR");
        hints.put("contract", "0x55d398326f99059fF775485246999027B3197955");
        hints.put("referralCode", "K7Q2M9XA");
        return hints;
    }

    void addTo(List<Operation> operations) {
        for (Operation operation : operations) {
            if (operation.getRequestBody() != null) {
                addTo(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null) {
                operation.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        addTo(response);
                    }
                });
            }
        }
    }

    private void addTo(ApiResponse response) {
        addTo(response.getContent());
    }

    private void addTo(Content content) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (isJson(type) && !hasExample(media) && media.getSchema() != null) {
                media.setExample(valueOf(media.getSchema(), null, 0));
            }
        });
    }

    /** JSON, or what springdoc writes for a handler that names no media type (its answers are JSON). */
    static boolean isJson(String type) {
        return type.equals("*/*") || type.equals(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
    }

    static boolean hasExample(MediaType media) {
        return media.getExample() != null
                || (media.getExamples() != null && !media.getExamples().isEmpty());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object valueOf(Schema schema, String property, int depth) {
        if (schema.get$ref() != null) {
            Schema target =
                    components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
            return target == null || depth > DEPTH_MAX ? Map.of() : valueOf(target, property, depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return valueOf((Schema) schema.getAllOf().get(0), property, depth + 1);
        }
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return valueOf((Schema) schema.getOneOf().get(0), property, depth + 1);
        }
        String type = typeOf(schema);
        return switch (type) {
            case "array" ->
                depth > DEPTH_MAX || schema.getItems() == null
                        ? List.of()
                        : List.of(valueOf(schema.getItems(), property, depth + 1));
            case "object" -> objectOf(schema, depth);
            case "integer" -> 1;
            case "number" -> 0.5;
            case "boolean" -> true;
            default -> textOf(schema.getFormat(), property);
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Object objectOf(Schema schema, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (depth > DEPTH_MAX) {
            return example;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, property) -> example.put(name, valueOf(property, name, depth + 1)));
        } else if (schema.getAdditionalProperties() instanceof Schema values) {
            example.put("key", valueOf(values, null, depth + 1));
        }
        return example;
    }

    @SuppressWarnings("rawtypes")
    private static String typeOf(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return (String) schema.getTypes().iterator().next();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    private static String textOf(String format, String property) {
        if ("date-time".equals(format)) {
            return "2026-01-31T09:00:00Z";
        }
        if ("date".equals(format)) {
            return "2026-01-31";
        }
        if ("uri".equals(format)) {
            return "https://example.com/hooks/aeghash";
        }
        if (property == null) {
            return "text";
        }
        return TEXT_BY_NAME.entrySet().stream()
                .filter(hint -> property.equals(hint.getKey()) || property.endsWith(capitalised(hint.getKey())))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(MEMBER_IDS.contains(property) || property.endsWith("MemberId") ? "M1001" : property);
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
