package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Amounts;
import com.aeghash.testsupport.IntegrationTest;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API document as a contract, checked over every operation it has (no list of paths: a new endpoint is held to
 * the same rules the day it appears): who may call it, every error status its kind of handler can answer as a problem
 * with its codes, examples of every JSON body, idempotency headers, and one pagination shape for lists. How to satisfy
 * it: docs/DEVELOPING.md, "Documenting an operation".
 */
@IntegrationTest
class OpenApiDocumentationIT {

    @LocalServerPort
    int port;

    private OpenApiDocument document;
    private Map<String, Operation> operations;

    @BeforeEach
    void readDocument() {
        document = OpenApiDocument.read(port);
        operations = document.operations();
    }

    @Test
    void everyOperationHasASummaryAndADescriptionNamingWhoMayCallIt() {
        List<String> violations = new ArrayList<>();
        operations.forEach((name, operation) -> {
            if (isBlank(operation.getSummary())) {
                violations.add(name + ": no summary");
            }
            if (isBlank(ownDescription(operation))) {
                violations.add(name + ": no description of its own (only the generated access lines)");
            }
            List<String> roles = roles(operation);
            if (roles.isEmpty()) {
                violations.add(name + ": no x-roles");
            }
            roles.stream()
                    .filter(role -> operation.getDescription() == null
                            || !operation.getDescription().contains(role))
                    .forEach(role -> violations.add(name + ": the description does not name " + role));
        });

        assertThat(operations).hasSizeGreaterThan(90);
        assertThat(violations).isEmpty();
    }

    @Test
    void everyStatusItsKindOfHandlerCanAnswerIsDocumentedAsAProblemWithItsCodes() {
        List<String> violations = new ArrayList<>();
        operations.forEach((name, operation) -> {
            Set<String> expected = expectedStatuses(name, operation);
            expected.stream()
                    .filter(status -> !operation.getResponses().containsKey(status))
                    .forEach(status -> violations.add(name + ": " + status + " undocumented"));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    problemViolations(name + " " + status, response).forEach(violations::add);
                }
            });
        });

        assertThat(violations).isEmpty();
        assertThat(document.openApi()
                        .getComponents()
                        .getSchemas()
                        .get("Problem")
                        .getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "code", "traceId", "errors");
    }

    @Test
    void everyJsonBodyAndSuccessAnswerHasAnExampleWithAmountsAsStrings() {
        List<String> violations = new ArrayList<>();
        operations.forEach((name, operation) -> {
            if (operation.getRequestBody() != null) {
                exampleViolations(name + " request", operation.getRequestBody().getContent())
                        .forEach(violations::add);
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    exampleViolations(name + " " + status, response.getContent())
                            .forEach(violations::add);
                }
            });
        });

        assertThat(violations).isEmpty();
    }

    @Test
    void operationsThatHonourAnIdempotencyKeyDocumentItAndTheReplay() {
        List<String> idempotent = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        operations.forEach((name, operation) -> {
            if (operation.getExtensions() == null || operation.getExtensions().get("x-idempotent") == null) {
                return;
            }
            idempotent.add(name);
            boolean keyRequired = parameters(operation).stream()
                    .anyMatch(parameter -> "header".equals(parameter.getIn())
                            && "Idempotency-Key".equals(parameter.getName())
                            && Boolean.TRUE.equals(parameter.getRequired()));
            if (!keyRequired) {
                violations.add(name + ": no required Idempotency-Key header");
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")
                        && (response.getHeaders() == null
                                || !response.getHeaders().containsKey("Idempotent-Replayed"))) {
                    violations.add(name + " " + status + ": no Idempotent-Replayed header");
                }
            });
        });

        assertThat(violations).isEmpty();
        assertThat(idempotent)
                .contains(
                        "POST /api/v1/withdrawals",
                        "POST /api/v1/ledger/adjustments",
                        "POST /api/aegmall/v1/orders",
                        "POST /api/aegmall/v1/hashpower");
    }

    @Test
    void everyListThatCanGrowAnswersItemsAndNextAndTakesCursorAndLimit() {
        List<String> violations = new ArrayList<>();
        operations.forEach((name, operation) -> {
            Schema<?> answer =
                    document.resolve(jsonSchemaOf(operation.getResponses().get("200")));
            if (!name.startsWith("GET ") || answer == null) {
                return;
            }
            boolean bounded = operation.getExtensions() != null
                    && operation.getExtensions().containsKey("x-bounded-list");
            if (answer.getItems() != null && !bounded) {
                violations.add(name + ": a bare array (answer a CursorPage, or mark it @BoundedList)");
            }
            boolean pageShaped =
                    answer.getProperties() != null && answer.getProperties().containsKey("items");
            boolean cursor = hasQuery(operation, "cursor");
            if (pageShaped || cursor) {
                if (!pageShaped || !answer.getProperties().containsKey("next")) {
                    violations.add(name + ": a page answers {items, next}");
                }
                if (!cursor || !hasQuery(operation, "limit")) {
                    violations.add(name + ": a page takes ?cursor= and ?limit=");
                }
            }
        });

        assertThat(violations).isEmpty();
    }

    private static Set<String> expectedStatuses(String name, Operation operation) {
        Set<String> expected = new TreeSet<>();
        List<Parameter> parameters = parameters(operation);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            expected.addAll(List.of("401", "403"));
        }
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            expected.add("400");
        }
        if (operation.getRequestBody() != null) {
            expected.add("415");
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            expected.add("404");
        }
        if (operation.getExtensions() != null && operation.getExtensions().containsKey("x-idempotent")) {
            expected.add("409");
        }
        if (name.contains(" /api/aegmall/") || name.contains(" /api/from")) {
            expected.add("429");
        }
        return expected;
    }

    private static List<String> problemViolations(String name, ApiResponse response) {
        List<String> violations = new ArrayList<>();
        MediaType problem =
                response.getContent() == null ? null : response.getContent().get("application/problem+json");
        if (problem == null
                || problem.getSchema() == null
                || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())) {
            violations.add(name + ": not an application/problem+json Problem");
        }
        Object codes = response.getExtensions() == null
                ? null
                : response.getExtensions().get("x-problem-codes");
        if (!(codes instanceof List<?> list) || list.isEmpty()) {
            violations.add(name + ": no x-problem-codes");
        } else if (problem != null
                && (problem.getExamples() == null
                        || !problem.getExamples().keySet().containsAll(list))) {
            violations.add(name + ": not one example per code");
        }
        return violations;
    }

    private List<String> exampleViolations(String name, Content content) {
        List<String> violations = new ArrayList<>();
        if (content == null) {
            return violations;
        }
        content.forEach((type, media) -> {
            if (!type.equals("application/json") && !type.equals("*/*")) {
                return;
            }
            if (media.getSchema() == null) {
                violations.add(name + " " + type + ": no schema");
            } else if (media.getExample() == null
                    && (media.getExamples() == null || media.getExamples().isEmpty())) {
                violations.add(name + " " + type + ": no example");
            } else if (media.getExample() != null) {
                amountsAsNumbers(name, media.getSchema(), media.getExample(), 0, violations);
            }
        });
        return violations;
    }

    /** Walks an example along its schema: every value of an amount (the plain decimal pattern) is a string. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void amountsAsNumbers(String where, Schema<?> schema, Object example, int depth, List<String> violations) {
        Schema<?> resolved = document.resolve(schema);
        if (resolved == null || example == null || depth > 8) {
            return;
        }
        if (Amounts.PLAIN_DECIMAL.equals(resolved.getPattern()) && !(example instanceof String)) {
            violations.add(where + ": the amount example " + example + " is not a string");
        }
        if (resolved.getItems() != null && example instanceof List<?> values) {
            values.forEach(value -> amountsAsNumbers(where, resolved.getItems(), value, depth + 1, violations));
        }
        Map<String, Schema> properties = (Map<String, Schema>) (Map) resolved.getProperties();
        if (properties != null && example instanceof Map<?, ?> values) {
            properties.forEach((property, propertySchema) -> amountsAsNumbers(
                    where + "." + property, propertySchema, values.get(property), depth + 1, violations));
        }
    }

    private static Schema<?> jsonSchemaOf(ApiResponse response) {
        if (response == null || response.getContent() == null) {
            return null;
        }
        MediaType media = response.getContent().get("application/json");
        if (media == null) {
            media = response.getContent().get("*/*");
        }
        return media == null ? null : media.getSchema();
    }

    private static boolean hasQuery(Operation operation, String name) {
        return parameters(operation).stream()
                .anyMatch(parameter -> "query".equals(parameter.getIn()) && name.equals(parameter.getName()));
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? List.of() : operation.getParameters();
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(Operation operation) {
        Object roles = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get("x-roles");
        return roles instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** The description without the lines the document writes from the security rules. */
    private static String ownDescription(Operation operation) {
        return operation.getDescription() == null
                ? null
                : operation
                        .getDescription()
                        .lines()
                        .filter(line -> !line.startsWith("**Roles allowed:**") && !line.startsWith("**Member JWT:**"))
                        .collect(Collectors.joining("\n"));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
