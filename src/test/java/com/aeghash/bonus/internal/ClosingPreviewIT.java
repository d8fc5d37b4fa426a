package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    @RegisterExtension
    final TestApplication application;

    ClosingPreviewIT(TestDatabases.Kind database) {
        application = TestApplication.on(database);
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
