package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiDescription;
import com.aeghash.testsupport.TestIds;
import com.aeghash.withdrawal.WithdrawalOperations;
import com.aeghash.withdrawal.WithdrawalView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The one view of a withdrawal: the REST body and the console's model, and how the API description shows it. */
@WithdrawalIntegrationTest
class WithdrawalViewIT extends WithdrawalApiTestBase {

    @Autowired
    WithdrawalOperations operations;

    @Test
    void theApiAndTheConsoleShowOneViewWhoseRiskFindingsStayOutOfTheJson() {
        String member = TestIds.member();
        api.fund(member, "DOGE", "3000");
        long id = api.request(member, "DOGE", "1000", ",\"deviceId\":\"known-phone\"")
                .json()
                .path("id")
                .asLong();

        JsonNode shown = api.withdrawal(id);
        WithdrawalView view = operations.details(id);
        JsonNode listed = api.admin()
                .get("/api/v1/withdrawals?flagged=true&memberId=" + member)
                .json()
                .path("items")
                .get(0);

        assertThat(view.riskFindings())
                .anySatisfy(finding -> assertThat(finding).startsWith("amount_limit: review:"));
        assertThat(shown.has("riskFindings")).isFalse();
        assertThat(listed.has("riskFindings")).isFalse();
        assertThat(listed.has("auditTrail")).isFalse();
        assertThat(shown.path("status").asString()).isEqualTo(view.status());
        assertThat(shown.path("auditTrail")).hasSize(view.auditTrail().size());
    }

    @Test
    void theApiDescriptionListsTheWireNamesOfStatusesAndAuditActions() {
        JsonNode schemas =
                api.admin().get("/v3/api-docs").json().path("components").path("schemas");

        assertThat(schemas.path("WithdrawalView")
                        .path("properties")
                        .path("status")
                        .path("enum"))
                .extracting(JsonNode::asString)
                .containsExactly(
                        "pending",
                        "approved_pending",
                        "approved",
                        "executing",
                        "submitted",
                        "completed",
                        "rejected",
                        "cancelled",
                        "failed",
                        "unknown");
        JsonNode auditEntry = schemas.path("WithdrawalAuditEntry").path("properties");
        assertThat(auditEntry.path("action").path("enum"))
                .extracting(JsonNode::asString)
                .contains("requested", "approved_stage1", "reconciled");
        assertThat(auditEntry.path("statusAfter").path("enum"))
                .extracting(JsonNode::asString)
                .contains("pending", "unknown");
        assertThat(schemas.path("WithdrawalView").path("properties").has("riskFindings"))
                .isFalse();
    }

    @Test
    void theApiDescriptionOfARequestShowsTheWithdrawalItCreates() {
        assertThat(ApiDescription.createdSchema(api.admin(), "/api/v1/withdrawals"))
                .isEqualTo("#/components/schemas/WithdrawalView");
    }
}
