package com.aeghash;

import com.aeghash.common.Amounts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The malformed and boundary requests of {@link ApiFuzzIT}, generated from the service's OpenAPI document: for every
 * operation (but the sandbox's vendor simulators), a query string that is not UTF-8, each path parameter and query
 * parameter replaced by values no parameter of its type accepts, a well-formed id of nothing in the path of an
 * operation that changes something, and (with a JSON body) bodies that are not JSON or not an object, each required field left
 * out, and each field given a value of the wrong JSON type or form for its schema. Each operation keeps at most
 * {@code perOperation} of its cases, drawn with the seeded random, so a run is bounded and repeatable.
 */
final class ApiFuzzCases {

    /** One request to send: the body is null when the operation takes none. */
    record Case(String operation, String method, String path, String body, String what) {

        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + abbreviate(body)) + " (" + what + ")";
        }
    }

    /** Values no path or query parameter accepts, whatever its type: they do not decode to UTF-8 text. */
    private static final List<String> UNDECODABLE = List.of("%FF", "%C0%AF", "%E0%A4");
    /** Values no integer parameter accepts. */
    private static final List<String> NOT_INTEGERS = List.of("x", "1.5", "99999999999999999999", "%20", "0x10");
    /** Values no date parameter accepts. */
    private static final List<String> NOT_DATES = List.of("%2B999999999-12-31", "2026-02-30", "%20", "20260101");

    /**
     * The vendor simulators of the sandbox profile: they answer as the vendors do (HTTP 200 with an error in the
     * body), so they are not held to this service's rules.
     */
    private static final String SIMULATORS = "/sandbox/";

    private static final List<String> BAD_QUERIES = List.of("fz=%FF", "fz=%E0%A4", "fz=%C0%AF");
    private static final List<String> NOT_JSON_OBJECTS = List.of("{", "[]", "\"x\"", "1", "{\"a\":", "{}}");
    private static final List<String> BAD_TEXT = List.of("12345", "true", "1.5", "[]", "{}");
    private static final List<String> BAD_AMOUNTS = List.of(
            "\"+1\"",
            "\".5\"",
            "\" 1 \"",
            "\"1e2\"",
            "1e400",
            "\"NaN\"",
            "\"-99999999999999999999999.5\"",
            "\"1" + "0".repeat(60) + "\"",
            "true",
            "[]");
    private static final List<String> BAD_INTEGERS = List.of("\"5\"", "1.5", "true", "99999999999999999999999", "[]");
    private static final List<String> BAD_BOOLEANS = List.of("\"true\"", "1", "[]");
    private static final List<String> BAD_DATES =
            List.of("\"+999999999-12-31\"", "\"2026-02-30\"", "20260101", "\" 2026-01-01\"", "\"\"");
    private static final List<String> BAD_INSTANTS =
            List.of("\"+1000000000-01-01T00:00:00Z\"", "1700000000", "\"2026-13-01T00:00:00Z\"", "\"\"");
    private static final List<String> BAD_CONTAINERS = List.of("\"x\"", "1", "true");

    private final JsonNode document;
    private final JsonMapper json;
    private final Random random;
    private final int perOperation;

    ApiFuzzCases(JsonNode document, JsonMapper json, long seed, int perOperation) {
        this.document = document;
        this.json = json;
        this.random = new Random(seed);
        this.perOperation = perOperation;
    }

    /** The cases of every operation of the document, in the document's order. */
    List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (path.getKey().startsWith(SIMULATORS)) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                cases.addAll(sample(casesOf(method, path.getKey(), operation.getValue())));
            }
        }
        return cases;
    }

    private List<Case> casesOf(String method, String template, JsonNode operation) {
        String name = method + " " + template;
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String basePath = fill(template, parameters, null, null);
        String baseQuery = requiredQuery(parameters, null, null);
        JsonNode bodySchema = resolve(operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema"));
        boolean hasBody = !bodySchema.isMissingNode();
        String baseBody = hasBody ? baseValue(bodySchema).toString() : null;
        List<Case> cases = new ArrayList<>();
        for (String query : BAD_QUERIES) {
            cases.add(new Case(name, method, basePath + "?" + query, baseBody, "query " + query));
        }
        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asString();
            for (String bad : badParameters(resolve(parameter.path("schema")))) {
                if ("path".equals(in)) {
                    String path =
                            fill(template, parameters, parameter.path("name").asString(), bad);
                    cases.add(new Case(name, method, path + baseQuery, baseBody, "path " + bad));
                } else if ("query".equals(in)) {
                    String query =
                            requiredQuery(parameters, parameter.path("name").asString(), bad);
                    cases.add(new Case(name, method, basePath + query, baseBody, "query parameter " + bad));
                }
            }
        }
        if (!"GET".equals(method) && !parameters.isEmpty() && template.contains("{")) {
            cases.add(new Case(name, method, basePath + baseQuery, baseBody, "well-formed id of nothing"));
        }
        if (hasBody) {
            cases.addAll(bodyCases(name, method, basePath + baseQuery, bodySchema, operation));
        }
        return cases;
    }

    private List<Case> bodyCases(String name, String method, String target, JsonNode schema, JsonNode operation) {
        List<Case> cases = new ArrayList<>();
        for (String notAnObject : NOT_JSON_OBJECTS) {
            cases.add(new Case(name, method, target, notAnObject, "not a JSON object"));
        }
        if (operation.path("requestBody").path("required").asBoolean(false)) {
            cases.add(new Case(name, method, target, "", "empty body"));
            cases.add(new Case(name, method, target, "null", "null body"));
        }
        if (!(baseValue(schema) instanceof ObjectNode base)) {
            return cases;
        }
        for (JsonNode required : schema.path("required")) {
            ObjectNode without = base.deepCopy();
            without.remove(required.asString());
            cases.add(new Case(name, method, target, without.toString(), "without " + required.asString()));
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            for (String bad : badValues(resolve(property.getValue()))) {
                String body = replaced(base, property.getKey(), bad);
                cases.add(new Case(name, method, target, body, property.getKey() + "=" + abbreviate(bad)));
            }
        }
        return cases;
    }

    private List<Case> sample(List<Case> cases) {
        List<Case> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(perOperation, shuffled.size()));
    }

    private static List<String> badParameters(JsonNode schema) {
        List<String> values = new ArrayList<>(UNDECODABLE);
        switch (type(schema)) {
            case "integer" -> values.addAll(NOT_INTEGERS);
            case "string" -> {
                if ("date".equals(schema.path("format").asString(""))) {
                    values.addAll(NOT_DATES);
                }
            }
            default -> {}
        }
        return values;
    }

    private static List<String> badValues(JsonNode schema) {
        if (schema.has("enum")) {
            String first = schema.path("enum").get(0).asString();
            return List.of("3", "0", "\" " + first + " \"", "\"" + first.toLowerCase(Locale.ROOT) + "x\"", "true");
        }
        return switch (type(schema)) {
            case "string" ->
                switch (schema.path("format").asString("")) {
                    case "date" -> BAD_DATES;
                    case "date-time" -> BAD_INSTANTS;
                    // An amount is documented as a string of a plain decimal; a number of that form is read too.
                    default ->
                        Amounts.PLAIN_DECIMAL.equals(schema.path("pattern").asString("")) ? BAD_AMOUNTS : BAD_TEXT;
                };
            case "number" -> BAD_AMOUNTS;
            case "integer" -> BAD_INTEGERS;
            case "boolean" -> BAD_BOOLEANS;
            case "array", "object" -> BAD_CONTAINERS;
            default -> List.of();
        };
    }

    /** A value of the schema's shape; not necessarily one the operation accepts (its cases need not be valid). */
    private JsonNode baseValue(JsonNode schema) {
        if (schema.has("enum")) {
            return json.getNodeFactory().stringNode(schema.path("enum").get(0).asString());
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = json.createObjectNode();
                for (Map.Entry<String, JsonNode> property :
                        schema.path("properties").properties()) {
                    object.set(property.getKey(), baseValue(resolve(property.getValue())));
                }
                yield object;
            }
            case "array" -> json.createArrayNode();
            case "number" -> json.getNodeFactory().stringNode("1");
            case "integer" -> json.getNodeFactory().numberNode(1);
            case "boolean" -> json.getNodeFactory().booleanNode(false);
            default -> json.getNodeFactory().stringNode(baseText(schema));
        };
    }

    private static String baseText(JsonNode schema) {
        return switch (schema.path("format").asString("")) {
            case "date" -> "2001-01-01";
            case "date-time" -> "2001-01-01T00:00:00Z";
            default -> "fz-nobody";
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String reference = schema.path("$ref").asString("");
        if (reference.startsWith("#/components/schemas/")) {
            return document.path("components")
                    .path("schemas")
                    .path(reference.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** The schema's type: {@code type} itself, or the first non-null one of a type list. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asString("");
    }

    private String replaced(ObjectNode base, String property, String rawValue) {
        ObjectNode copy = base.deepCopy();
        copy.put(property, "\u0000marker");
        return copy.toString().replace("\"\\u0000marker\"", rawValue);
    }

    /** The path with every parameter filled: {@code badName} with {@code badValue}, the others with a base value. */
    private String fill(String template, List<JsonNode> parameters, String badName, String badValue) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asString())) {
                String name = parameter.path("name").asString();
                String value = name.equals(badName) ? badValue : baseParameter(resolve(parameter.path("schema")));
                path = path.replace("{" + name + "}", value);
            }
        }
        return path;
    }

    /** {@code ?name=value&...} of the required query parameters (and of {@code badName}, with {@code badValue}). */
    private String requiredQuery(List<JsonNode> parameters, String badName, String badValue) {
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            if (!"query".equals(parameter.path("in").asString())) {
                continue;
            }
            if (name.equals(badName)) {
                query.put(name, badValue);
            } else if (parameter.path("required").asBoolean(false)) {
                query.put(name, baseParameter(resolve(parameter.path("schema"))));
            }
        }
        if (query.isEmpty()) {
            return "";
        }
        return "?"
                + query.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("&"));
    }

    private static String baseParameter(JsonNode schema) {
        return switch (type(schema)) {
            case "integer", "number" -> "987654321";
            case "boolean" -> "false";
            default -> baseText(schema);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
