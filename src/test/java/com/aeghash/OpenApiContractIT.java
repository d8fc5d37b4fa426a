package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Amounts;
import com.aeghash.testsupport.IntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI document read as a client generator reads it (swagger-parser): valid, its amounts typed as the
 * decimal strings they travel as, and every operation naming how it is authenticated.
 */
@IntegrationTest
class OpenApiContractIT {

    @LocalServerPort
    int port;

    private OpenAPI document;
    private OpenApiDocument read;

    @BeforeEach
    void readDocument() {
        read = OpenApiDocument.read(port);
        document = read.openApi();
    }

    @Test
    void noPropertyOrParameterIsTypedAsANumberAndAmountsAreDecimalStrings() {
        List<String> numbers = new ArrayList<>();
        List<String> amounts = new ArrayList<>();
        document.getComponents()
                .getSchemas()
                .forEach((name, schema) -> properties(schema).forEach((property, type) -> {
                    if (isDecimalNumber(type)) {
                        numbers.add(name + "." + property);
                    }
                    if (Amounts.PLAIN_DECIMAL.equals(type.getPattern())) {
                        amounts.add(name + "." + property);
                    }
                }));
        operations().forEach((name, operation) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(parameter -> parameter.getSchema() != null && isDecimalNumber(parameter.getSchema()))
                        .forEach(parameter -> numbers.add(name + " ?" + parameter.getName()));
            }
        });

        assertThat(numbers)
                .as("amounts travel as strings: none may be a JSON number")
                .isEmpty();
        assertThat(amounts)
                .as("amounts are strings of the plain decimal pattern")
                .contains("NewAdjustment.amount", "WithdrawalView.amount", "ClosingRun.confirmedAmount");
    }

    @Test
    void everyOperationNamesHowItIsAuthenticated() {
        Map<String, Operation> operations = operations();

        assertThat(document.getComponents().getSecuritySchemes())
                .containsOnlyKeys("operator", "serviceToken", "memberToken", "partnerSignature");
        assertThat(operations.get("GET /api/v1/members/{memberId}/statement").getExtensions())
                .as("a member reads its own statement")
                .containsKey("x-member-token");
        assertThat(operations.get("GET /api/v1/members/{memberId}/devices").getExtensions())
                .as("a member JWT may not read its devices")
                .doesNotContainKey("x-member-token");
        assertThat(operations).isNotEmpty().allSatisfy((name, operation) -> {
            assertThat(operation.getSecurity()).as(name).isNotNull();
            if (name.contains(" /api/v1/callbacks/")) {
                assertThat(operation.getSecurity()).as(name).isEmpty();
            } else if (name.contains(" /api/aegmall/")) {
                assertThat(schemes(operation)).as(name).containsExactly("partnerSignature");
            } else if (operation.getExtensions() != null
                    && operation.getExtensions().containsKey("x-member-token")) {
                assertThat(schemes(operation)).as(name).containsExactly("operator", "serviceToken", "memberToken");
            } else if (name.contains(" /api/v1/")) {
                assertThat(schemes(operation)).as(name).containsExactly("operator", "serviceToken");
            }
        });
    }

    @Test
    void operationsThatCreateDocumentTheirCreatedStatusAndTheirOtherSuccess() {
        Map<String, Operation> operations = operations();

        assertThat(List.of(
                        "POST /api/v1/members",
                        "POST /api/v1/withdrawals",
                        "POST /api/v1/operators",
                        "POST /api/v1/service-tokens",
                        "POST /api/v1/webhook-endpoints",
                        "POST /api/v1/members/{memberId}/wallet",
                        "POST /api/v1/members/{memberId}/withdrawal-addresses"))
                .allSatisfy(name ->
                        assertThat(operations.get(name).getResponses()).as(name).containsKey("201"));
        assertThat(operations.get("POST /api/v1/members/{memberId}/wallet").getResponses())
                .as("an existing wallet is answered 200")
                .containsKey("200");
        assertThat(operations
                        .get("POST /api/v1/members/{memberId}/withdrawal-addresses")
                        .getResponses())
                .as("an address registered before is answered 200")
                .containsKey("200");
    }

    private Map<String, Operation> operations() {
        return read.operations();
    }

    private static List<String> schemes(Operation operation) {
        return operation.getSecurity().stream()
                .map(SecurityRequirement::keySet)
                .flatMap(keys -> keys.stream())
                .toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Map<String, Schema> properties(Schema schema) {
        return schema.getProperties() == null ? Map.of() : schema.getProperties();
    }

    /** A JSON number that is not a binary floating-point ratio (such as a simulator's error rate): an amount. */
    private static boolean isDecimalNumber(Schema<?> schema) {
        boolean number = "number".equals(schema.getType())
                || (schema.getTypes() != null && schema.getTypes().contains("number"));
        return number && !"double".equals(schema.getFormat()) && !"float".equals(schema.getFormat());
    }
}
