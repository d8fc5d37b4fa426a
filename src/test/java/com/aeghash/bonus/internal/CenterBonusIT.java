package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.bonus.UnpaidBonus;
import com.aeghash.bonus.UnpaidBonuses;
import com.aeghash.bonus.UnpaidReason;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Centers through the API (ADMIN only, audited) and the center bonuses of orders, on H2 and on PostgreSQL: the explicit center
 * over the nearest upline center, the ranks when the order was paid, and what was not paid recorded with its reason.
 */
@OnEachDatabase
class CenterBonusIT extends BonusDistributionTestBase {

    @RegisterExtension
    final TestApplication application;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UnpaidBonuses unpaidBonuses;

    @Autowired
    BonusOperations operations;

    CenterBonusIT(TestDatabases.Kind database) {
        application = TestApplication.on(database);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void centersAreManagedByAdministratorsOnlyAndEveryChangeIsAudited() {
        String member = register(root());
        String buyer = register(member);
        ApiClient admin = ApiClient.newOperator(port, "ADMIN");
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");

        assertThat(finance.get("/api/v1/centers").status()).isEqualTo(403);
        assertThat(finance.postJson("/api/v1/centers", Map.of("memberId", member))
                        .status())
                .isEqualTo(403);
        assertThat(finance.put("/api/v1/members/" + buyer + "/center", "{\"centerMemberId\":\"" + member + "\"}")
                        .status())
                .isEqualTo(403);

        ApiClient.Response designated = admin.postJson("/api/v1/centers", Map.of("memberId", member));
        assertThat(designated.status()).as(designated.body()).isEqualTo(201);
        assertThat(designated.map()).containsEntry("memberId", member).containsKey("referrerMemberId");
        assertThat(admin.postJson("/api/v1/centers", Map.of("memberId", member)).text("code"))
                .isEqualTo("already_center");
        assertThat(admin.postJson("/api/v1/centers", Map.of("memberId", TestIds.member()))
                        .status())
                .isEqualTo(404);
        assertThat(admin.put("/api/v1/members/" + member + "/center", "{\"centerMemberId\":\"" + buyer + "\"}")
                        .text("code"))
                .isEqualTo("not_a_center");
        assertThat(admin.put("/api/v1/members/" + member + "/center", "{\"centerMemberId\":\"" + member + "\"}")
                        .text("code"))
                .isEqualTo("self_assignment");
        assertThat(admin.put(
                                "/api/v1/members/" + TestIds.member() + "/center",
                                "{\"centerMemberId\":\"" + member + "\"}")
                        .status())
                .isEqualTo(404);

        ApiClient.Response assigned =
                admin.put("/api/v1/members/" + buyer + "/center", "{\"centerMemberId\":\"" + member + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/members/" + buyer + "/center").map()).containsEntry("centerMemberId", member);
        assertThat(admin.delete("/api/v1/members/" + buyer + "/center").status())
                .isEqualTo(204);
        assertThat(admin.get("/api/v1/members/" + buyer + "/center").status()).isEqualTo(404);
        admin.put("/api/v1/members/" + buyer + "/center", "{\"centerMemberId\":\"" + member + "\"}");

        assertThat(centerIds(admin)).contains(member);
        assertThat(admin.delete("/api/v1/centers/" + member).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/centers/" + member).status()).isEqualTo(404);
        assertThat(centerIds(admin)).doesNotContain(member);
        assertThat(admin.get("/api/v1/members/" + buyer + "/center").status())
                .as("the revocation took the assignment with it")
                .isEqualTo(404);

        List<AuditEntry> trail = auditLog.recent(null, 500);
        assertThat(trail)
                .filteredOn(entry -> entry.target().equals(member))
                .extracting(AuditEntry::action)
                .contains("bonus.center.designated", "bonus.center.revoked");
        assertThat(trail)
                .filteredOn(entry -> entry.action().equals("bonus.center.revoked")
                        && entry.target().equals(member))
                .extracting(entry -> entry.details().get("assignmentsRemoved"))
                .containsExactly("1");
        assertThat(trail)
                .filteredOn(entry -> entry.target().equals(buyer))
                .extracting(AuditEntry::action)
                .containsOnly("bonus.center.assigned", "bonus.center.assignment_cleared")
                .hasSize(3);
    }

    @Test
    void theNearestCenterIsPaidByItsRankWhenTheOrderWasPaidAndAnExplicitCenterComesFirst() {
        Instant paid = Instant.parse("2022-03-01T00:00:00Z");
        String referrerOfFar = register(root());
        String farCenter = register(referrerOfFar);
        String referrerOfNear = register(farCenter);
        String nearCenter = register(referrerOfNear);
        String buyer = register(nearCenter);
        settle();
        rank(referrerOfFar, "D2", paid.minus(Duration.ofDays(30)));
        rank(farCenter, "D3", paid.minus(Duration.ofDays(30)));
        rank(nearCenter, "D2", paid.minus(Duration.ofDays(30)));
        rank(nearCenter, "D3", paid.plus(Duration.ofDays(1)));
        ApiClient admin = ApiClient.newOperator(port, "ADMIN");
        admin.postJson("/api/v1/centers", Map.of("memberId", farCenter));
        admin.postJson("/api/v1/centers", Map.of("memberId", nearCenter));

        String nearest = order(buyer, paid);

        assertThat(centerEntries(nearest))
                .as("the nearest center was D2 when paid (D3 a day later)")
                .isEmpty();
        assertThat(unpaidBonuses.unpaidOf(nearest))
                .filteredOn(unpaid -> unpaid.type() == BonusType.CENTER || unpaid.type() == BonusType.CENTER_REFERRAL)
                .extracting(
                        UnpaidBonus::type,
                        UnpaidBonus::beneficiaryMemberId,
                        UnpaidBonus::beneficiaryRank,
                        UnpaidBonus::reason,
                        unpaid -> unpaid.amount().stripTrailingZeros().toPlainString())
                .containsExactly(
                        Tuple.tuple(BonusType.CENTER, nearCenter, "D2", UnpaidReason.CENTER_RANK_TOO_LOW, "8"),
                        Tuple.tuple(
                                BonusType.CENTER_REFERRAL,
                                referrerOfNear,
                                "FREE",
                                UnpaidReason.CENTER_REFERRER_RANK_TOO_LOW,
                                "2"));

        String later = order(buyer, paid.plus(Duration.ofDays(2)));
        assertThat(centerEntries(later))
                .extracting(BonusEntry::type, BonusEntry::beneficiaryMemberId, BonusEntry::level)
                .containsExactly(Tuple.tuple(BonusType.CENTER, nearCenter, 1));
        assertThat(unpaidBonuses.unpaidOf(later))
                .extracting(UnpaidBonus::type, UnpaidBonus::reason)
                .contains(Tuple.tuple(BonusType.CENTER_REFERRAL, UnpaidReason.CENTER_REFERRER_RANK_TOO_LOW))
                .doesNotContain(Tuple.tuple(BonusType.CENTER, UnpaidReason.CENTER_RANK_TOO_LOW));

        admin.put("/api/v1/members/" + buyer + "/center", "{\"centerMemberId\":\"" + farCenter + "\"}");
        String explicit = order(buyer, paid);
        assertThat(centerEntries(explicit))
                .extracting(
                        BonusEntry::type,
                        BonusEntry::beneficiaryMemberId,
                        entry -> entry.amount().stripTrailingZeros().toPlainString())
                .containsExactly(
                        Tuple.tuple(BonusType.CENTER, farCenter, "8"),
                        Tuple.tuple(BonusType.CENTER_REFERRAL, referrerOfFar, "2"));
        assertThat(unpaidBonuses.unpaidOf(explicit))
                .noneMatch(unpaid -> unpaid.type() == BonusType.CENTER || unpaid.type() == BonusType.CENTER_REFERRAL);
        assertThat(ledger.balancesOf(farCenter)
                        .of(com.aeghash.ledger.Asset.POINT)
                        .pending())
                .as("level 3 of the buyer in both trees (5 % + 1 %) of three orders, and 8 % of the last one")
                .isEqualByComparingTo("26");
    }

    @Test
    void aBuyerWithoutACenterRecordsWhyAndTheLevelsWithoutUplines() {
        String root = root();
        String buyer = register(root);

        String reference = order(buyer, Instant.parse("2022-04-01T00:00:00Z"));

        List<UnpaidBonus> unpaid = unpaidBonuses.unpaidOf(reference);
        assertThat(unpaid)
                .filteredOn(share -> share.type() == BonusType.CENTER || share.type() == BonusType.CENTER_REFERRAL)
                .extracting(UnpaidBonus::reason)
                .containsExactly(UnpaidReason.NO_CENTER, UnpaidReason.NO_CENTER_REFERRER);
        assertThat(unpaid)
                .filteredOn(share -> share.type() == BonusType.REFERRAL)
                .extracting(UnpaidBonus::level)
                .as("the root pays level 1; levels 2-10 have nobody")
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(unpaid)
                .filteredOn(share -> share.type() == BonusType.REFERRAL)
                .allSatisfy(share -> assertThat(share.reason()).isEqualTo(UnpaidReason.NO_UPLINE));
        assertThat(unpaid)
                .filteredOn(share -> share.type() == BonusType.SPONSOR)
                .isNotEmpty();
    }

    private List<BonusEntry> centerEntries(String reference) {
        return operations.entriesOfOrder(reference).stream()
                .filter(entry -> entry.type() == BonusType.CENTER || entry.type() == BonusType.CENTER_REFERRAL)
                .toList();
    }

    private String order(String buyer, Instant paidAt) {
        String reference = TestIds.unique("center-order");
        bonuses.distribute(new PaidOrder(reference, buyer, new BigDecimal("100"), paidAt));
        credits.postOutstanding();
        return reference;
    }

    private String root() {
        return OrganizationFixtures.root(context, "center-root", "test");
    }

    private String register(String referrer) {
        return organization
                .register(new Registration(TestIds.member(), referrer, referrer), "test")
                .memberId();
    }

    @SuppressWarnings("unchecked")
    private static List<String> centerIds(ApiClient admin) {
        ApiClient.Response page = admin.get("/api/v1/centers?limit=200");
        List<String> ids = new java.util.ArrayList<>();
        while (true) {
            ((List<Map<String, Object>>) page.map().get("items"))
                    .forEach(center -> ids.add((String) center.get("memberId")));
            String next = page.text("next");
            if (next == null || next.isEmpty() || "null".equals(next)) {
                return ids;
            }
            page = admin.get("/api/v1/centers?limit=200&cursor=" + next);
        }
    }

    /** Waits for the rank module to have heard of every registration (its rows exist, FREE). */
    private void settle() {
        RankFixtures.settle(jdbc);
    }

    private void rank(String member, String rank, Instant at) {
        RankFixtures.change(jdbc, member, rank, at);
    }
}
