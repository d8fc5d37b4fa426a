package com.aeghash;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.UnpaidBonus;
import com.aeghash.bonus.UnpaidBonuses;
import com.aeghash.bonus.UnpaidReason;
import com.aeghash.ledger.Ledger;
import com.aeghash.rank.Rank;
import com.aeghash.rank.internal.RankScenario;
import com.aeghash.testsupport.PostgresIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole compensation plan on a fixed tree of 26 members, on PostgreSQL, through the public paths only
 * (registrations, signed partner orders and refunds, centers, previews, closings, a withdrawal), every payout
 * checked against amounts computed by hand below (never by the engine's calculator).
 *
 * <p>Its own context (the property {@code plan-test}), so its schema holds nothing but this tree: the global
 * share's qualifiers and the report's totals are exactly the hand-computed ones. Refund delay 0, so a closing
 * at "now" confirms today's orders. Every referrer is also the sponsor; the sponsor tree is the referral tree
 * except under b2b, whose ten referrals spill over breadth-first:
 *
 * <pre>
 * root (FREE)
 * └─L top (D3, center: qualifies)
 *    ├─L a (D2)                          └─R b (D2, center: rank too low)
 *    │  ├─L a1 (D1) ─ L a1a, R a1b (D0)     ├─L b1 (D1) ─ L b1a, R b1b (D0)
 *    │  └─R a2 (D1) ─ L a2a, R a2b (D0)     └─R b2 (D1) ─ L b2a (D0), R b2b (D0: 10 referrals k1..k10)
 *    binary below b2b:  b2b ─ L k1, R k2;  k1 ─ L k3, R k4;  k2 ─ L k5, R k6;  k3 ─ L k7, R k8;  k4 ─ L k9, R k10
 *    (referral tree: k1..k10 all directly under b2b; k5 is assigned to the center top explicitly)
 * </pre>
 *
 * <p>Every order has PV 100, so: referral 30, 5, 5, 3, 2, 1... and sponsor 1 per level, center 8, center referral 2.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = {"aeghash.bonus.closing.refund-delay-days=0", "aeghash.test.context=plan-test"})
class CompensationPlanIT {

    private static final List<String> D0_BY_SALES = List.of("a1a", "a1b", "a2a", "a2b", "b1a", "b1b", "b2a");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Ledger ledger;

    @Autowired
    BonusDebts debts;

    @Autowired
    UnpaidBonuses unpaid;

    @Autowired
    ApplicationContext context;

    @Test
    void everyMembersPayoutMatchesTheHandComputedPlan() throws Exception {
        CompensationPlanCalls calls = new CompensationPlanCalls(port, jdbc, ledger);
        RankScenario ranks = new RankScenario(context);
        buildTheTree(calls);

        // Phase 1: the seven D0s by own sales (200 USD each, PV 100); b2b is D0 by its ten referrals.
        D0_BY_SALES.forEach(buyer -> calls.order("p1-" + buyer, buyer, "200", "100"));
        ranks.settle();
        assertRanksReachedThroughTheRules(ranks);

        // Centers after the ranks: top (D3) qualifies, b (D2) does not; k5 explicitly assigned to top.
        calls.designateCenter("top");
        calls.designateCenter("b");
        calls.assignCenter("k5", "top");

        // Phase 2 (100 USD each, no rank changes): o1 a1a (center top), o2 b1a (center b, too low), o3 k5 (explicit
        // top), o4 k1 (nearest center b; refunded before the closing), o5 a2a (refunded after the closing).
        String o1 = calls.order("o1", "a1a", "100", "100");
        String o2 = calls.order("o2", "b1a", "100", "100");
        calls.order("o3", "k5", "100", "100");
        calls.order("o4", "k1", "100", "100");
        calls.order("o5", "a2a", "100", "100");
        calls.refund("o4");
        ranks.settle();

        assertTheNonQualifyingCenterIsRecorded(o1, o2);
        JsonNode first = previewThenCloseTheFirstPeriod(calls);
        assertTheCenterEntryExplainsItself(calls, o1, first.path("id").asLong());

        // The refund after confirmation of o5 (a2a): a2 has 93 available (60 + 2 of phase 1, 30 + 1 of o5),
        // withdraws 80 (held), so of its 31 clawed back 13 come from available and 18 become bonus debt.
        calls.requestWithdrawal("a2", "80");
        calls.refund("o5");
        ranks.settle();
        assertThat(debts.debtOf("a2")).as("31 - 13 available").isEqualByComparingTo("18");
        assertThat(calls.points("a2")).as("available/pending/hold").isEqualTo("0/0/80");
        assertThat(ranks.rank("a2a")).as("200 USD of own sales left").isEqualTo(Rank.D0);

        // Phase 3: o6 a2b, confirmed by the second closing, which first repays a2's debt (31 - 18 = 13 available).
        calls.order("o6", "a2b", "100", "100");
        ranks.settle();
        closeTheSecondPeriod(calls);
        assertTheFirstClosingIsImmutableAndReportsTheClawback(calls, first);

        assertEveryEntryPerMemberTypeAndStatus(calls);
        assertEveryMembersBalance(calls);
        assertThat(ledger.checkInvariants().violations())
                .as("per asset sum zero, no negative member bucket")
                .isEmpty();
    }

    private static void buildTheTree(CompensationPlanCalls calls) {
        calls.register("root", null);
        calls.register("top", "root");
        for (String[] pair : new String[][] {
            {"a", "top"},
            {"b", "top"},
            {"a1", "a"},
            {"a2", "a"},
            {"b1", "b"},
            {"b2", "b"},
            {"a1a", "a1"},
            {"a1b", "a1"},
            {"a2a", "a2"},
            {"a2b", "a2"},
            {"b1a", "b1"},
            {"b1b", "b1"},
            {"b2a", "b2"},
            {"b2b", "b2"}
        }) {
            calls.register(pair[0], pair[1]);
        }
        IntStream.rangeClosed(1, 10).forEach(k -> calls.register("k" + k, "b2b"));
        assertThat(Map.of(
                        "top", calls.binaryPlace("top"),
                        "b2b", calls.binaryPlace("b2b"),
                        "k2", calls.binaryPlace("k2"),
                        "k3", calls.binaryPlace("k3"),
                        "k5", calls.binaryPlace("k5"),
                        "k10", calls.binaryPlace("k10")))
                .as("breadth-first spillover below b2b, left before right")
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "top", "root:L", "b2b", "b2:R", "k2", "b2b:R", "k3", "k1:L", "k5", "k2:L", "k10", "k4:R"));
    }

    private static void assertRanksReachedThroughTheRules(RankScenario ranks) {
        assertThat(ranks.ranks(List.of("root", "top", "a", "b", "a1", "a2", "b1", "b2", "b2b", "k1")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "root", Rank.FREE, // one direct referral
                        "top", Rank.D3, // a and b are D2
                        "a", Rank.D2, // a1 and a2 are D1
                        "b", Rank.D2, // b1 and b2 are D1
                        "a1", Rank.D1, // a1a and a1b are D0
                        "a2", Rank.D1,
                        "b1", Rank.D1,
                        "b2", Rank.D1, // b2a (sales) and b2b (referrals) are D0
                        "b2b", Rank.D0, // ten direct referrals, no sales
                        "k1", Rank.FREE));
        assertThat(ranks.ranks(D0_BY_SALES).values())
                .as("200 USD of own sales each")
                .containsOnly(Rank.D0);
    }

    private void assertTheNonQualifyingCenterIsRecorded(String o1, String o2) {
        assertThat(unpaid.unpaidOf(o2))
                .filteredOn(share -> share.type() == BonusType.CENTER || share.type() == BonusType.CENTER_REFERRAL)
                .extracting(
                        UnpaidBonus::type,
                        UnpaidBonus::beneficiaryMemberId,
                        UnpaidBonus::beneficiaryRank,
                        UnpaidBonus::reason,
                        share -> CompensationPlanCalls.plain(share.amount()))
                .as("b is D2 (center needs D3): 8 % of 100 unpaid; its referrer top (D3) is paid the 2 %")
                .containsExactly(Tuple.tuple(BonusType.CENTER, "b", "D2", UnpaidReason.CENTER_RANK_TOO_LOW, "8"));
        assertThat(unpaid.unpaidOf(o1))
                .filteredOn(share -> share.type() == BonusType.CENTER_REFERRAL)
                .extracting(UnpaidBonus::beneficiaryMemberId, UnpaidBonus::beneficiaryRank, UnpaidBonus::reason)
                .as("top's referrer root is FREE (center referral needs D2): 2 % of 100 unpaid")
                .containsExactly(Tuple.tuple("root", "FREE", UnpaidReason.CENTER_REFERRER_RANK_TOO_LOW));
    }

    /**
     * Closing 1 takes phase 1 (7 orders × 8 entries: referral 30+5+5+3 = 43, sponsor 4 × 1 = 4, so 47 each, 56
     * entries, 329) and phase 2: o1 and o5 (43 + 4 + center 8 = 55, 9 entries each), o2 (43 + 4 + center referral 2
     * = 49, 9 entries), o3 (k5 at referral depth 5: 30+5+5+3+2 = 45, binary depth 6: 6 × 1, center 8 = 59, 12
     * entries): confirmed 56+9+9+9+12 = 95 entries, 329+55+55+49+59 = 547. o4 (k1, refunded) is cancelled: referral
     * 45 (5 entries), sponsor 5 (binary depth 5), center referral 2 = 11 entries, 52.
     */
    private JsonNode previewThenCloseTheFirstPeriod(CompensationPlanCalls calls) throws Exception {
        Instant cutoff = CompensationPlanCalls.cutoffNow();
        JsonNode preview = calls.preview(cutoff);
        assertThat(CompensationPlanCalls.tallies(preview.path("totals")))
                .isEqualTo("CANCELLED 11 52, CONFIRMED 95 547");
        assertThat(preview.path("members").asLong())
                .as("a1 a2 b1 b2 b2b k2 a b top root")
                .isEqualTo(10);
        Map<String, String> previewTypes = CompensationPlanCalls.perType(preview.path("bonusTypes"));
        assertThat(previewTypes)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        // 7 × 43 + 43 (o1) + 43 (o2) + 45 (o3) + 43 (o5) = 475 in 28+4+4+5+4 = 45 entries; o4 45
                        "REFERRAL", "CANCELLED 5 45, CONFIRMED 45 475",
                        // 7 × 4 + 4 + 4 + 6 + 4 = 46 entries of 1; o4 5
                        "SPONSOR", "CANCELLED 5 5, CONFIRMED 46 46",
                        "CENTER", "CONFIRMED 3 24", // o1, o3, o5: 3 × 8
                        "CENTER_REFERRAL", "CANCELLED 1 2, CONFIRMED 1 2")); // o2 to top; o4's cancelled

        JsonNode closing = calls.close(cutoff);

        assertThat(closing.path("confirmedEntries").asLong()).as("as previewed").isEqualTo(95);
        assertThat(CompensationPlanCalls.plain(closing.path("confirmedAmount"))).isEqualTo("547");
        assertThat(closing.path("cancelledEntries").asLong()).isEqualTo(11);
        assertThat(CompensationPlanCalls.plain(closing.path("cancelledAmount"))).isEqualTo("52");
        // pooled: 7 + o1 o2 o3 o5 = 11 orders × 100 PV (o4 refunded); 20 % = 220 among top, a, b (D2+):
        // 220 / 3 = 73.33333333 (8 decimals, down), 3 × 73.33333333 = 219.99999999, remainder 0.00000001
        assertThat(CompensationPlanCalls.globalShare(closing)).isEqualTo("1100 220 3 219.99999999 0.00000001");
        assertThat(CompensationPlanCalls.previewedGlobalShare(preview))
                .as("as previewed: 11 orders, 220 / 3 = 73.33333333 each")
                .isEqualTo("11: 1100 220 3 73.33333333 219.99999999 0.00000001");
        JsonNode report = calls.report(closing.path("id").asLong());
        Map<String, String> expectedReport = new java.util.TreeMap<>(previewTypes);
        expectedReport.put("GLOBAL_SHARE", "CONFIRMED 3 219.99999999");
        assertThat(CompensationPlanCalls.perType(report.path("totals")))
                .as("the report: the preview's figures and the global share")
                .containsExactlyInAnyOrderEntriesOf(expectedReport);
        return closing;
    }

    /**
     * Run again after everything, closing 1 returns itself unchanged, and its report now shows o5's confirmed
     * entries clawed back (referral 30+5+5+3 = 43, sponsor 4, center 8), the rest as confirmed before. Its global
     * share stays paid: a pooled order refunded later is not taken back out of the pool (bonus.md, "Not done").
     */
    private static void assertTheFirstClosingIsImmutableAndReportsTheClawback(
            CompensationPlanCalls calls, JsonNode first) {
        Instant cutoff = Instant.parse(first.path("cutoff").asString());
        JsonNode again = calls.close(cutoff);
        assertThat(again.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(again.path("confirmedEntries").asLong()).isEqualTo(95);
        assertThat(CompensationPlanCalls.globalShare(again)).isEqualTo("1100 220 3 219.99999999 0.00000001");
        assertThat(CompensationPlanCalls.perType(
                        calls.report(first.path("id").asLong()).path("totals")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "REFERRAL", "CANCELLED 5 45, CLAWED_BACK 4 43, CONFIRMED 41 432", // 475 - 43
                        "SPONSOR", "CANCELLED 5 5, CLAWED_BACK 4 4, CONFIRMED 42 42", // 46 - 4
                        "CENTER", "CLAWED_BACK 1 8, CONFIRMED 2 16", // 24 - 8
                        "CENTER_REFERRAL", "CANCELLED 1 2, CONFIRMED 1 2",
                        "GLOBAL_SHARE", "CONFIRMED 3 219.99999999"));
    }

    /** Closing 2 takes o6 (a2b): 43 + 4 + center 8 = 55 in 9 entries; pooled 100 PV, 20 % = 20 / 3. */
    private void closeTheSecondPeriod(CompensationPlanCalls calls) throws Exception {
        Instant cutoff = CompensationPlanCalls.cutoffNow();
        JsonNode preview = calls.preview(cutoff);
        assertThat(CompensationPlanCalls.tallies(preview.path("totals"))).isEqualTo("CONFIRMED 9 55");

        JsonNode closing = calls.close(cutoff);

        assertThat(closing.path("confirmedEntries").asLong()).isEqualTo(9);
        assertThat(CompensationPlanCalls.plain(closing.path("confirmedAmount"))).isEqualTo("55");
        assertThat(closing.path("cancelledEntries").asLong()).isZero();
        // o5 was pooled by closing 1 already, o4 is refunded: only o6. 20 / 3 = 6.66666666, remainder 0.00000002
        assertThat(CompensationPlanCalls.globalShare(closing)).isEqualTo("100 20 3 19.99999998 0.00000002");
        assertThat(CompensationPlanCalls.previewedGlobalShare(preview))
                .as("as previewed: o6 only, 20 / 3 = 6.66666666 each")
                .isEqualTo("1: 100 20 3 6.66666666 19.99999998 0.00000002");
        assertThat(debts.recoveredIn(closing.path("id").asLong()))
                .as("a2's debt repaid from its 31")
                .isEqualByComparingTo("18");
    }

    private void assertTheCenterEntryExplainsItself(CompensationPlanCalls calls, String o1, long closingId) {
        JsonNode explained = calls.explanation(calls.entryId(o1, "CENTER"));
        assertThat(explained.path("beneficiaryMemberId").asString()).isEqualTo("top");
        assertThat(CompensationPlanCalls.plain(explained.path("amount")))
                .as("8 % of 100")
                .isEqualTo("8");
        assertThat(explained.path("status").asString()).isEqualTo("CONFIRMED");
        JsonNode rule = explained.path("rule");
        assertThat(rule.path("bonusType").asString()).isEqualTo("CENTER");
        assertThat(rule.path("level").asInt()).isEqualTo(1);
        assertThat(CompensationPlanCalls.plain(rule.path("percentage"))).isEqualTo("8");
        assertThat(CompensationPlanCalls.plain(rule.path("pvAmount"))).isEqualTo("100");
        assertThat(explained.path("order").path("reference").asString()).isEqualTo(o1);
        assertThat(explained.path("order").path("buyerMemberId").asString()).isEqualTo("a1a");
        assertThat(explained.path("closing").path("id").asLong()).isEqualTo(closingId);
        assertThat(explained.path("beneficiaryRank").asString())
                .as("top's rank when o1 was paid (the center needs D3)")
                .isEqualTo("D3");
        long globalShare = calls.globalShareEntryId("a", closingId);
        JsonNode share = calls.explanation(globalShare);
        assertThat(CompensationPlanCalls.plain(share.path("amount"))).isEqualTo("73.33333333");
        assertThat(share.path("beneficiaryRank").asString())
                .as("a's rank at the cut-off")
                .isEqualTo("D2");
    }

    /**
     * Every entry ever created, summed per member, type and final status. Phase 1 pays per order the buyer's
     * parent 30 + 1, grandparent 5 + 1, top 5 + 1, root 3 + 1. The global share is 73.33333333 + 6.66666666 =
     * 79.99999999 to each of top, a and b.
     */
    private static void assertEveryEntryPerMemberTypeAndStatus(CompensationPlanCalls calls) {
        assertThat(calls.entrySums())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        entry("a1 REFERRAL CONFIRMED", "90"), // 30 (a1a) + 30 (a1b) + 30 (o1)
                        entry("a1 SPONSOR CONFIRMED", "3"),
                        entry("a2 REFERRAL CONFIRMED", "90"), // 30 (a2a) + 30 (a2b) + 30 (o6)
                        entry("a2 SPONSOR CONFIRMED", "3"),
                        entry("a2 REFERRAL CLAWED_BACK", "30"), // o5
                        entry("a2 SPONSOR CLAWED_BACK", "1"),
                        entry("b1 REFERRAL CONFIRMED", "90"), // 30 (b1a) + 30 (b1b) + 30 (o2)
                        entry("b1 SPONSOR CONFIRMED", "3"),
                        entry("b2 REFERRAL CONFIRMED", "35"), // 30 (b2a) + 5 (o3: level 2)
                        entry("b2 SPONSOR CONFIRMED", "2"), // b2a, o3 (binary level 3)
                        entry("b2 REFERRAL CANCELLED", "5"), // o4: level 2
                        entry("b2 SPONSOR CANCELLED", "1"),
                        entry("b2b REFERRAL CONFIRMED", "30"), // o3: level 1
                        entry("b2b SPONSOR CONFIRMED", "1"), // o3: binary level 2 (k2 is level 1)
                        entry("b2b REFERRAL CANCELLED", "30"), // o4
                        entry("b2b SPONSOR CANCELLED", "1"), // o4: k1's binary parent
                        entry("k2 SPONSOR CONFIRMED", "1"), // o3: k5's binary parent
                        entry("a REFERRAL CONFIRMED", "30"), // 4 × 5 (phase 1) + 5 (o1) + 5 (o6)
                        entry("a SPONSOR CONFIRMED", "6"), // 4 + 1 + 1
                        entry("a REFERRAL CLAWED_BACK", "5"), // o5
                        entry("a SPONSOR CLAWED_BACK", "1"),
                        entry("a GLOBAL_SHARE CONFIRMED", "79.99999999"),
                        entry("b REFERRAL CONFIRMED", "25"), // 3 × 5 (phase 1) + 5 (o2) + 5 (o3: level 3)
                        entry("b SPONSOR CONFIRMED", "5"), // 3 + 1 (o2) + 1 (o3)
                        entry("b REFERRAL CANCELLED", "5"), // o4
                        entry("b SPONSOR CANCELLED", "1"),
                        entry("b GLOBAL_SHARE CONFIRMED", "79.99999999"),
                        entry("top REFERRAL CONFIRMED", "53"), // 7 × 5 + 5 (o1) + 5 (o2) + 3 (o3: level 4) + 5 (o6)
                        entry("top SPONSOR CONFIRMED", "11"), // 7 + o1 o2 o3 o6
                        entry("top CENTER CONFIRMED", "24"), // 8 each: o1 (nearest), o3 (explicit), o6
                        entry("top CENTER_REFERRAL CONFIRMED", "2"), // o2: 2 % as the referrer of the center b
                        entry("top REFERRAL CLAWED_BACK", "5"), // o5
                        entry("top SPONSOR CLAWED_BACK", "1"),
                        entry("top CENTER CLAWED_BACK", "8"),
                        entry("top REFERRAL CANCELLED", "3"), // o4: level 4
                        entry("top SPONSOR CANCELLED", "1"),
                        entry("top CENTER_REFERRAL CANCELLED", "2"), // o4: b is k1's nearest center
                        entry("top GLOBAL_SHARE CONFIRMED", "79.99999999"),
                        entry("root REFERRAL CONFIRMED", "32"), // 7 × 3 + 3 (o1) + 3 (o2) + 2 (o3: level 5) + 3 (o6)
                        entry("root SPONSOR CONFIRMED", "11"),
                        entry("root REFERRAL CLAWED_BACK", "3"), // o5
                        entry("root SPONSOR CLAWED_BACK", "1"),
                        entry("root REFERRAL CANCELLED", "2"), // o4: level 5
                        entry("root SPONSOR CANCELLED", "1")));
    }

    /** POINT available/pending/withdrawal hold and bonus debt of every member with anything, and a few without. */
    private void assertEveryMembersBalance(CompensationPlanCalls calls) {
        Map<String, String> expected = Map.ofEntries(
                entry("a1", "93/0/0"), // 90 + 3
                entry("a2", "13/0/80"), // 93 - 80 held - 13 clawed back; then 31 (o6) - 18 debt repaid
                entry("b1", "93/0/0"),
                entry("b2", "37/0/0"), // 35 + 2
                entry("b2b", "31/0/0"),
                entry("k2", "1/0/0"),
                entry("a", "115.99999999/0/0"), // 30 + 6 + 79.99999999 (o5's 6 taken back)
                entry("b", "109.99999999/0/0"), // 25 + 5 + 79.99999999
                entry("top", "169.99999999/0/0"), // 53 + 11 + 24 + 2 + 79.99999999
                entry("root", "43/0/0"), // 32 + 11
                entry("a1a", "0/0/0"),
                entry("k1", "0/0/0"),
                entry("k5", "0/0/0"));
        expected.forEach((member, points) -> {
            assertThat(calls.points(member)).as(member).isEqualTo(points);
            assertThat(debts.debtOf(member)).as(member + " owes nothing").isEqualByComparingTo("0");
        });
    }
}
