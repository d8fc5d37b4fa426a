package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusType;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/bonus/entries/{id}} on H2 and PostgreSQL: the order, buyer, rule, rate, base PV and closing of
 * an entry, before and after its closing; who may read it (operators, the member app, the beneficiary's member
 * token, not another member's). Product lines are explained in the partner module's tests (it stores them).
 */
@OnEachDatabase
class BonusEntryExplanationIT extends ClosingReportsTestBase {

    BonusEntryExplanationIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void anEntryExplainsItsOrderRuleAndRateThenTheClosingThatTookIt() {
        String reference = order("explained", 3, "100", 5);
        long referralOfMember1 = entryOf(reference, BonusType.REFERRAL, 2).id();
        long sponsorOfMember2 = entryOf(reference, BonusType.SPONSOR, 1).id();
        ApiClient operations = ApiClient.newOperator(port, "OPERATIONS");

        JsonNode pending = explained(operations, referralOfMember1);

        assertThat(pending.path("beneficiaryMemberId").asString()).isEqualTo(member(1));
        assertThat(pending.path("amount").asString()).isEqualTo("5");
        assertThat(pending.path("status").asString()).isEqualTo("PENDING");
        assertThat(pending.path("closing").isNull()).isTrue();
        assertThat(pending.path("beneficiaryRank").asString())
                .as("no orders and one referral: FREE when the order was paid")
                .isEqualTo("FREE");
        assertThat(pending.path("clawback").isNull()).isTrue();
        assertThat(pending.path("unpaid").isArray()).isTrue();
        pending.path("unpaid").forEach(share -> {
            assertThat(share.path("type").asString())
                    .as("only the entry's own plan and type")
                    .isEqualTo("REFERRAL");
            assertThat(share.path("plan").asString()).isEqualTo("default");
            assertThat(share.path("reason").asString()).isEqualTo("no_upline");
        });
        JsonNode rule = pending.path("rule");
        assertThat(rule.path("plan").asString()).isEqualTo("default");
        assertThat(rule.path("bonusType").asString()).isEqualTo("REFERRAL");
        assertThat(rule.path("tree").asString()).isEqualTo("UNILEVEL");
        assertThat(rule.path("level").asInt()).isEqualTo(2);
        assertThat(rule.path("percentage").asString()).isEqualTo("5");
        assertThat(rule.path("pvAmount").asString()).isEqualTo("100");
        JsonNode order = pending.path("order");
        assertThat(order.path("reference").asString()).isEqualTo(reference);
        assertThat(order.path("buyerMemberId").asString()).isEqualTo(member(3));
        assertThat(order.path("pvAmount").asString()).isEqualTo("100");
        assertThat(Instant.parse(order.path("paidAt").asString())).isEqualTo(cutoff.minus(Duration.ofDays(5)));
        assertThat(order.path("refundedAt").isNull()).isTrue();
        assertThat(order.path("products").size())
                .as("a bare-PV order has no products")
                .isZero();
        assertThat(explained(operations, sponsorOfMember2)
                        .path("rule")
                        .path("tree")
                        .asString())
                .isEqualTo("BINARY");

        refund(reference, 4);
        long closingId = ApiClient.newOperator(port, "FINANCE")
                .postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff))
                .json()
                .path("id")
                .asLong();
        JsonNode closed = explained(operations, referralOfMember1);

        assertThat(closed.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(Instant.parse(closed.path("order").path("refundedAt").asString()))
                .isEqualTo(cutoff.minus(Duration.ofDays(4)));
        assertThat(closed.path("closing").path("id").asLong()).isEqualTo(closingId);
        assertThat(Instant.parse(closed.path("closing").path("cutoff").asString()))
                .isEqualTo(cutoff);
        assertThat(closed.path("closing").path("closedAt").isNull()).isFalse();
    }

    @Test
    void anUnknownEntryIsA404() {
        ApiClient.Response unknown = ApiClient.newOperator(port, "OPERATIONS").get("/api/v1/bonus/entries/999999999");

        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aMemberTokenReadsOnlyEntriesItIsTheBeneficiaryOf() {
        long entry =
                entryOf(order("scoped", 3, "100", 5), BonusType.REFERRAL, 1).id();
        String path = "/api/v1/bonus/entries/" + entry;

        assertThat(ApiClient.bearer(port, MemberJwts.forMember(member(2)))
                        .get(path)
                        .status())
                .isEqualTo(200);
        ApiClient.Response other =
                ApiClient.bearer(port, MemberJwts.forMember(member(3))).get(path);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text("code")).isEqualTo("forbidden");
        assertThat(ApiClient.bearer(port, memberAppToken()).get(path).status())
                .as("the member app's service token reads members' entries, as their lists")
                .isEqualTo(200);
        assertThat(ApiClient.newOperator(port, "ADMIN").get(path).status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get(path).status()).isEqualTo(401);
    }

    private BonusEntry entryOf(String reference, BonusType type, int level) {
        return orders.entriesOfOrder(reference).stream()
                .filter(entry -> entry.type() == type && entry.level() == level)
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode explained(ApiClient client, long entryId) {
        ApiClient.Response response = client.get("/api/v1/bonus/entries/" + entryId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
