package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.SqlTimes;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The preview of a closing through the API, on H2 and PostgreSQL: it writes nothing, it tells what the closing of the
 * same cut-off then does (the test compares the two, not figures of the engine), and it refuses what the closing
 * refuses. The database is shared with other tests, whose closable entries a closing takes too: the comparisons hold
 * for whatever is there, the exact figures are asserted for this test's own members.
 */
@OnEachDatabase
class ClosingPreviewIT extends ClosingReportsTestBase {

    private static final String PREVIEWS = "/api/v1/bonus/closings/previews";

    ClosingPreviewIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void aPreviewWritesNothing() {
        order("old", 3, "100", 5);
        refund(order("refunded", 3, "100", 5), 4);
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        Map<String, Object> before = writtenRows();

        ApiClient.Response preview = finance.postJson(PREVIEWS, Map.of("cutoff", cutoff));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(writtenRows())
                .as("no closing, entry, ledger, audit or event row")
                .isEqualTo(before);
        assertThat(closingRuns.findByCutoff(cutoff)).isEmpty();
        assertThat(finance.postJson(PREVIEWS, Map.of("cutoff", cutoff)).body())
                .as("previewed twice: the same answer")
                .isEqualTo(preview.body());
    }

    @Test
    void aPreviewTellsWhatTheClosingOfTheSameCutoffThenDoes() throws Exception {
        order("big", 3, "1000000", 5);
        refund(order("refunded", 3, "1000000", 5), 4);
        order("recent", 3, "1000000", 1);
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");

        JsonNode preview =
                finance.postJson(PREVIEWS, Map.of("cutoff", cutoff, "top", 2)).json();
        ApiClient.Response closed = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode closing = closed.json();
        assertThat(preview.path("paidBefore").asString())
                .isEqualTo(closing.path("paidBefore").asString());
        assertThat(tallies(preview.path("totals")))
                .as("the preview's totals are the closing's")
                .isEqualTo(Map.of(
                        "CANCELLED",
                        closing.path("cancelledEntries").asLong() + "|"
                                + amount(closing.path("cancelledAmount").asString()),
                        "CONFIRMED",
                        closing.path("confirmedEntries").asLong() + "|"
                                + amount(closing.path("confirmedAmount").asString())));
        JsonNode globalShare = preview.path("globalShare");
        assertThat(globalShare.path("minRank").asString()).isEqualTo("D2");
        assertThat(amount(globalShare.path("pool").asString()))
                .as("the global share the preview announced is the one the closing pooled")
                .isEqualTo(amount(closing.path("globalSharePool").asString()));
        assertThat(globalShare.path("qualifiers").asLong())
                .isEqualTo(closing.path("globalShareQualifiers").asLong());
        assertThat(amount(globalShare.path("remainder").asString()))
                .isEqualTo(amount(closing.path("globalShareRemainder").asString()));
        assertThat(new BigDecimal(globalShare.path("pool").asString()))
                .as("20 %% of the pooled PV, the orders of this test among them")
                .isEqualByComparingTo(
                        new BigDecimal(globalShare.path("pvAmount").asString())
                                .multiply(new BigDecimal("0.2"))
                                .setScale(8, RoundingMode.DOWN));
        long closingId = closing.path("id").asLong();
        JsonNode report =
                finance.get("/api/v1/bonus/closings/" + closingId + "/report").json();
        Map<String, String> reportByType = byType(report.path("totals"));
        String globalShareTally = reportByType.remove("GLOBAL_SHARE|CONFIRMED");
        assertThat(byType(preview.path("bonusTypes")))
                .as("per bonus type of the entries it takes, the preview is the closing's report")
                .isEqualTo(reportByType);
        BigDecimal share = new BigDecimal(globalShare.path("share").asString());
        long qualifiers = globalShare.path("qualifiers").asLong();
        assertThat(globalShareTally)
                .as("the global share the preview announced is the report's GLOBAL_SHARE line")
                .isEqualTo(
                        share.signum() == 0
                                ? null
                                : qualifiers + "|"
                                        + amount(share.multiply(BigDecimal.valueOf(qualifiers))
                                                .toPlainString()));
        // the preview's members and top members are those of the entries it takes (the global share's are above)
        Map<String, String> lines = new TreeMap<>(reportLines(finance, closingId, 100));
        lines.keySet().removeIf(key -> key.split("\\|")[1].equals("GLOBAL_SHARE"));
        assertThat(preview.path("members").asLong())
                .isEqualTo(lines.keySet().stream()
                        .map(key -> key.split("\\|")[0])
                        .distinct()
                        .count());
        List<String> top = ids(preview.path("topMembers"));
        assertThat(top)
                .as("2 asked for; member 2 took 2 x 31 %% of 1M")
                .hasSize(2)
                .startsWith(member(2));
        assertThat(perMemberOf(preview.path("topMembers")))
                .as("the top members' tallies are their lines of the report")
                .isEqualTo(perMember(lines, top));
        assertThat(perMemberOf(preview.path("topMembers")))
                .containsEntry(member(2) + "|CONFIRMED", "2|310000")
                .containsEntry(member(2) + "|CANCELLED", "2|310000");
    }

    /**
     * Member 2 was paid 31 by an earlier closing, spent it, and the order was refunded since: 31 clawed back, all of it
     * bonus debt (member 1's 6 came from available). The preview says so (the period's claw-backs) and that this
     * closing's confirmations repay member 2's debt first; the closing then recovers exactly what the preview said,
     * member by member and in total.
     */
    @Test
    void aPreviewTellsTheDebtTheClosingWouldRecoverAndThePeriodsClawbacks() {
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        String first = order("first", 3, "100", 15);
        Instant earlier = cutoff.minus(Duration.ofDays(10));
        assertThat(finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", earlier))
                        .status())
                .isEqualTo(200);
        spend(member(2), "31");
        bonuses.markRefunded(first, cutoff.minus(Duration.ofMinutes(1)));
        String second = order("second", 3, "1000", 5);

        JsonNode preview =
                finance.postJson(PREVIEWS, Map.of("cutoff", cutoff, "top", 100)).json();

        JsonNode clawbacks = preview.path("clawbacks");
        Instant previous = jdbc.queryForObject(
                        "SELECT MAX(cutoff) FROM bonus_closings WHERE cutoff < ?",
                        OffsetDateTime.class,
                        SqlTimes.utc(cutoff))
                .toInstant();
        assertThat(Instant.parse(clawbacks.path("since").asString())).isEqualTo(previous);
        assertThat(Instant.parse(clawbacks.path("until").asString())).isEqualTo(cutoff);
        Map<String, String> clawedBack = clawbackTallies(clawbacks.path("topMembers"), "memberId");
        assertThat(clawedBack)
                .as("entries|amount|from available|to debt, computed by hand: 30 %% + 1 %% and 5 %% + 1 %% of 100")
                .containsEntry(member(2), "2|31|0|31")
                .containsEntry(member(1), "2|6|6|0");
        assertThat(clawbackTallies(List.of(clawbacks.path("totals")), null))
                .as("the totals are the period's clawback rows")
                .containsValue(jdbc.queryForObject(
                        """
                        SELECT COUNT(*) || '|' || SUM(amount) || '|' || SUM(from_available) || '|' || SUM(to_debt)
                        FROM bonus_clawbacks WHERE clawed_back_at >= ? AND clawed_back_at < ?""",
                        (row, index) -> normalized(row.getString(1)),
                        SqlTimes.utc(previous),
                        SqlTimes.utc(cutoff)));

        JsonNode recovery = preview.path("debtRecovery");
        Map<String, String> recoveredByMember = new TreeMap<>();
        recovery.path("topMembers")
                .forEach(member -> recoveredByMember.put(
                        member.path("memberId").asString(),
                        amount(member.path("amount").asString())));
        assertThat(recoveredByMember).as("min(31 owed, 310 confirmed)").containsEntry(member(2), "31");
        assertThat(typesOf(recovery.path("topMembers"), member(2)))
                .as("taken from member 2's entries of the order in the closing's order (by id)")
                .isEqualTo(recoveredInEntryOrder(second, member(2), new BigDecimal("31")));
        assertThat(recovery.path("members").asLong()).isEqualTo(recoveredByMember.size());

        long closingId = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff))
                .json()
                .path("id")
                .asLong();

        Map<String, String> recovered = new TreeMap<>();
        jdbc.query(
                "SELECT member_id, SUM(amount) FROM bonus_debt_recoveries WHERE closing_id = ? GROUP BY member_id",
                row -> {
                    recovered.put(row.getString(1), amount(row.getBigDecimal(2).toPlainString()));
                },
                closingId);
        assertThat(recoveredByMember)
                .as("what the preview said the closing would recover, member by member, is what it recovered")
                .isEqualTo(recovered);
        JsonNode report =
                finance.get("/api/v1/bonus/closings/" + closingId + "/report").json();
        assertThat(amount(recovery.path("amount").asString()))
                .isEqualTo(amount(report.path("debtRecovered").asString()));
    }

    /** {@code member} (or {@code "totals"}) → {@code entries|amount|fromAvailable|toDebt}. */
    private static Map<String, String> clawbackTallies(Iterable<JsonNode> rows, String key) {
        Map<String, String> tallies = new TreeMap<>();
        rows.forEach(row -> {
            JsonNode tally = key == null ? row : row.path("clawedBack");
            tallies.put(
                    key == null ? "totals" : row.path(key).asString(),
                    tally.path("entries").asLong() + "|"
                            + amount(tally.path("amount").asString()) + "|"
                            + amount(tally.path("fromAvailable").asString()) + "|"
                            + amount(tally.path("toDebt").asString()));
        });
        return tallies;
    }

    private static String normalized(String tally) {
        String[] parts = tally.split("\\|");
        return parts[0] + "|" + amount(parts[1]) + "|" + amount(parts[2]) + "|" + amount(parts[3]);
    }

    private static Map<String, String> typesOf(JsonNode members, String memberId) {
        Map<String, String> types = new TreeMap<>();
        members.forEach(member -> {
            if (member.path("memberId").asString().equals(memberId)) {
                member.path("bonusTypes")
                        .forEach(type -> types.put(
                                type.path("bonusType").asString(),
                                amount(type.path("amount").asString())));
            }
        });
        return types;
    }

    /** The debt taken from the member's entries of the order one after the other, by id, computed here. */
    private Map<String, String> recoveredInEntryOrder(String order, String member, BigDecimal debt) {
        Map<String, BigDecimal> taken = new TreeMap<>();
        BigDecimal left = debt;
        for (Map<String, Object> entry : jdbc.queryForList(
                "SELECT bonus_type, amount FROM bonus_entries WHERE order_reference = ? AND beneficiary_member_id = ?"
                        + " ORDER BY id",
                order,
                member)) {
            BigDecimal part = left.min((BigDecimal) entry.get("amount"));
            if (part.signum() > 0) {
                taken.merge((String) entry.get("bonus_type"), part, BigDecimal::add);
                left = left.subtract(part);
            }
        }
        Map<String, String> amounts = new TreeMap<>();
        taken.forEach((type, amount) -> amounts.put(type, amount(amount.toPlainString())));
        return amounts;
    }

    @Test
    void aPreviewRefusesWhatTheClosingRefuses() {
        order("old", 3, "100", 5);
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");

        assertThat(finance.postJson(PREVIEWS, Map.of()).status()).isEqualTo(400);
        ApiClient.Response future =
                finance.postJson(PREVIEWS, Map.of("cutoff", Instant.now().plus(Duration.ofHours(1))));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("code")).isEqualTo("cutoff_in_future");
        assertThat(finance.postJson(PREVIEWS, Map.of("cutoff", cutoff, "top", 0))
                        .status())
                .isEqualTo(400);
        assertThat(finance.postJson(PREVIEWS, Map.of("cutoff", cutoff, "top", 101))
                        .status())
                .isEqualTo(400);
        Map<String, Object> before = writtenRows();
        assertThat(finance.postJson(PREVIEWS, Map.of()).status()).isEqualTo(400);
        assertThat(writtenRows()).isEqualTo(before);

        long closingId = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff))
                .json()
                .path("id")
                .asLong();
        ApiClient.Response again = finance.postJson(PREVIEWS, Map.of("cutoff", cutoff));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("closing_exists");
        assertThat(again.json().path("closingId").asLong()).isEqualTo(closingId);
    }

    @Test
    void closingReadersMayPreviewAndTheMemberAppMayNot() {
        Instant earlier = cutoff.minus(Duration.ofDays(30));
        Map<String, Object> body = Map.of("cutoff", earlier);

        assertThat(ApiClient.newOperator(port, "ADMIN").postJson(PREVIEWS, body).status())
                .isEqualTo(200);
        assertThat(ApiClient.newOperator(port, "OPERATIONS")
                        .postJson(PREVIEWS, body)
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.bearer(port, memberAppToken())
                        .postJson(PREVIEWS, body)
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).postJson(PREVIEWS, body).status()).isEqualTo(401);
    }

    /** {@code bonusType|status} → {@code entries|amount}. */
    private static Map<String, String> byType(JsonNode types) {
        Map<String, String> tallies = new TreeMap<>();
        types.forEach(type -> tallies(type.path("statuses"))
                .forEach((status, tally) -> tallies.put(type.path("bonusType").asString() + "|" + status, tally)));
        return tallies;
    }

    /** {@code memberId|status} → {@code entries|amount}. */
    private static Map<String, String> perMemberOf(JsonNode members) {
        Map<String, String> tallies = new HashMap<>();
        members.forEach(member -> tallies(member.path("statuses"))
                .forEach((status, tally) -> tallies.put(member.path("memberId").asString() + "|" + status, tally)));
        return new TreeMap<>(tallies);
    }
}
