package com.aeghash.ledger.internal.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An operator who is the member (linked to the member id, or named like it in any case) neither makes nor approves a
 * manual adjustment of that member's balance.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "aeghash.adjustments.alert-threshold.point=50000",
            "aeghash.adjustments.approval-threshold.point=100000"
        })
class AdjustmentOfOwnMemberIT {

    private static final String PASSWORD = "adjustment-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    ApplicationContext context;

    @Test
    void anOperatorLinkedToTheMemberCannotAdjustItsBalance() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        ApiClient linked = finance(Map.of("memberId", member));

        ApiClient.Response credit = adjust(linked, member, "10");

        assertThat(credit.status()).as(credit.body()).isEqualTo(409);
        assertThat(credit.json().path("code").asString()).isEqualTo("operator_is_member");
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isZero();
    }

    @Test
    void anOperatorNamedLikeTheMemberInAnotherCaseCannotAdjustItsBalance() {
        String username = TestIds.unique("fin").toLowerCase(Locale.ROOT);
        ApiClient namesake = finance(Map.of("username", username));
        String member = OrganizationFixtures.registered(context, username.toUpperCase(Locale.ROOT));

        ApiClient.Response credit = adjust(namesake, member, "10");

        assertThat(credit.status()).as(credit.body()).isEqualTo(409);
        assertThat(credit.json().path("code").asString()).isEqualTo("operator_is_member");
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isZero();
    }

    @Test
    void anOperatorLinkedToTheMemberCannotApproveALargeAdjustmentOfIt() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        ApiClient maker = finance(Map.of());
        ApiClient linked = finance(Map.of("memberId", member));
        ApiClient.Response asked = adjust(maker, member, "100000");
        String approvals =
                "/api/v1/approval-requests/" + asked.json().path("id").asLong();

        ApiClient.Response approval = linked.post(approvals + "/approvals", "{}");
        ApiClient.Response byAnother = finance(Map.of()).post(approvals + "/approvals", "{}");

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(approval.status()).as(approval.body()).isEqualTo(409);
        assertThat(approval.json().path("code").asString()).isEqualTo("operator_is_member");
        assertThat(byAnother.json().path("status").asString())
                .as(byAnother.body())
                .isEqualTo("executed");
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isEqualByComparingTo("100000");
    }

    private ApiClient finance(Map<String, String> fields) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "username", TestIds.unique("fin").toLowerCase(Locale.ROOT),
                "password", PASSWORD,
                "roles", List.of("FINANCE")));
        body.putAll(fields);
        ApiClient.Response created = ApiClient.admin(port).postJson("/api/v1/operators", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ApiClient.as(port, (String) body.get("username"), PASSWORD);
    }

    private static ApiClient.Response adjust(ApiClient operator, String member, String amount) {
        return operator.header("Idempotency-Key", TestIds.unique("own"))
                .postJson(
                        "/api/v1/ledger/adjustments",
                        Map.of("memberId", member, "asset", "POINT", "amount", amount, "reason", "own balance"));
    }
}
