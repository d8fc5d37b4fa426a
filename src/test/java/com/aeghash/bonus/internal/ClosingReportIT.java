package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.BonusType;
import com.aeghash.common.ApiException;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The settlement report of a closing through the API, on H2 and PostgreSQL: JSON pages by member and bonus type with
 * the totals on the first, the same lines as one CSV file (read back with the CSV library), the figures of this
 * test's members as computed by hand, and the refusals (unknown, running, not a closing reader, a foreign cursor).
 */
@OnEachDatabase
class ClosingReportIT extends ClosingReportsTestBase {

    ClosingReportIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void theReportShowsPerMemberAndBonusTypeWhatTheClosingConfirmedAndCancelled() throws Exception {
        order("paid", 3, "100", 5);
        order("second", 2, "200", 5);
        refund(order("refunded", 3, "100", 5), 4);
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        long closingId = close(finance);

        Map<String, String> lines = reportLines(finance, closingId, 2);

        // member 2: REFERRAL 30 % and SPONSOR 1 % of member 3's 100 PV, once confirmed and once cancelled
        assertThat(lines)
                .containsEntry(member(2) + "|REFERRAL|CONFIRMED", "1|30")
                .containsEntry(member(2) + "|REFERRAL|CANCELLED", "1|30")
                .containsEntry(member(2) + "|SPONSOR|CONFIRMED", "1|1")
                .containsEntry(member(2) + "|SPONSOR|CANCELLED", "1|1");
        // member 1: 5 % + 1 % of member 3's orders (level 2), 30 % + 1 % of member 2's 200 PV (level 1)
        assertThat(lines)
                .containsEntry(member(1) + "|REFERRAL|CONFIRMED", "2|65")
                .containsEntry(member(1) + "|REFERRAL|CANCELLED", "1|5")
                .containsEntry(member(1) + "|SPONSOR|CONFIRMED", "2|3")
                .containsEntry(member(1) + "|SPONSOR|CANCELLED", "1|1");
        assertThat(lines).doesNotContainKey(member(3) + "|REFERRAL|CONFIRMED");
        JsonNode first =
                finance.get("/api/v1/bonus/closings/" + closingId + "/report").json();
        assertThat(first.path("closingId").asLong()).isEqualTo(closingId);
        assertThat(Instant.parse(first.path("cutoff").asString())).isEqualTo(cutoff);
        assertThat(first.path("completedAt").isNull()).isFalse();
        JsonNode closing = finance.get("/api/v1/bonus/closings/" + closingId).json();
        assertThat(sumOf(first.path("totals"), "CONFIRMED"))
                .as("the totals per bonus type add up to the closing's")
                .isEqualTo(closing.path("confirmedEntries").asLong() + "|"
                        + amount(closing.path("confirmedAmount").asString()));
        assertThat(sumOf(first.path("totals"), "CANCELLED"))
                .isEqualTo(closing.path("cancelledEntries").asLong() + "|"
                        + amount(closing.path("cancelledAmount").asString()));
    }

    @Test
    void whatAClosingPaidPerBonusTypeIsItsConfirmedTotalsOfTheReport() {
        order("paid", 3, "100", 5);
        refund(order("refunded", 3, "100", 5), 4);
        long closingId = close(ApiClient.newOperator(port, "FINANCE"));
        BonusReports reports = context.getBean(BonusReports.class);

        Map<BonusType, BigDecimal> expected = new EnumMap<>(BonusType.class);
        reports.report(closingId, null, 1)
                .totals()
                .forEach(type -> type.statuses().stream()
                        .filter(tally -> tally.status() == BonusEntryStatus.CONFIRMED
                                || tally.status() == BonusEntryStatus.CLAWED_BACK)
                        .forEach(tally -> expected.merge(type.bonusType(), tally.amount(), BigDecimal::add)));
        Map<BonusType, BigDecimal> paid = new EnumMap<>(BonusType.class);
        reports.paidByType(List.of(closingId, closingId))
                .forEach(total -> paid.merge(total.bonusType(), total.amount(), BigDecimal::add));

        assertThat(paid.keySet()).isEqualTo(expected.keySet()).contains(BonusType.REFERRAL, BonusType.SPONSOR);
        paid.forEach((type, amount) -> assertThat(amount).as(type.name()).isEqualByComparingTo(expected.get(type)));
        assertThat(reports.paidByType(List.of())).isEmpty();
        assertThatThrownBy(
                        () -> reports.paidByType(LongStream.rangeClosed(1, BonusReports.PAID_BY_TYPE_CLOSINGS_MAX + 1L)
                                .boxed()
                                .toList()))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        refused -> assertThat(refused.status().value()).isEqualTo(400));
    }

    @Test
    void theCsvReportHoldsTheLinesOfTheJsonPages() throws Exception {
        order("paid", 3, "100.123456789", 5);
        refund(order("refunded", 2, "77", 5), 4);
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        long closingId = close(finance);

        ApiClient.Response csv = ApiClient.newOperator(port, "ADMIN")
                .header("Accept", "text/csv")
                .get("/api/v1/bonus/closings/" + closingId + "/report");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"closing-" + closingId + "-report.csv\"");
        Map<String, String> json = reportLines(finance, closingId, 3);
        assertThat(csvLines(csv.body())).isEqualTo(json);
        assertThat(json)
                .as("30 %% of 100.123456789 PV rounded down to 8 decimals")
                .containsEntry(member(2) + "|REFERRAL|CONFIRMED", "1|30.03703703");
    }

    @Test
    void aReportIsRefusedForAnUnknownOrRunningClosingAndToWhoMayNotReadClosings() {
        ApiClient operations = ApiClient.newOperator(port, "OPERATIONS");
        assertThat(operations.get("/api/v1/bonus/closings/999999999/report").status())
                .isEqualTo(404);
        assertThat(operations
                        .header("Accept", "text/csv")
                        .get("/api/v1/bonus/closings/999999999/report")
                        .status())
                .isEqualTo(404);
        Instant running = cutoff.minus(Duration.ofDays(40));
        closingRuns.insertIfAbsent(running, running, 0, "test", Instant.now());
        long runningId = closingRuns.findByCutoff(running).orElseThrow().id();

        ApiClient.Response notYet =
                ApiClient.newOperator(port, "FINANCE").get("/api/v1/bonus/closings/" + runningId + "/report");

        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.text("code")).isEqualTo("closing_not_completed");
        assertThat(ApiClient.newOperator(port, "FINANCE")
                        .postJson("/api/v1/bonus/closings", Map.of("cutoff", running))
                        .json()
                        .path("status")
                        .asString())
                .as("the running closing completed, as it would resume")
                .isEqualTo("COMPLETED");
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        assertThat(finance.get("/api/v1/bonus/closings/" + runningId + "/report")
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.bearer(port, memberAppToken())
                        .get("/api/v1/bonus/closings/" + runningId + "/report")
                        .status())
                .isEqualTo(403);
        String foreign = new ClosingReportCursor(member(1), "REFERRAL").encode(runningId + 1);
        assertThat(finance.get("/api/v1/bonus/closings/" + runningId + "/report?cursor=" + foreign)
                        .status())
                .as("a cursor of another closing's report")
                .isEqualTo(400);
        assertThat(finance.get("/api/v1/bonus/closings/" + runningId + "/report?limit=101")
                        .status())
                .isEqualTo(400);
    }

    private long close(ApiClient finance) {
        ApiClient.Response closed = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        return closed.json().path("id").asLong();
    }

    /** The bonus types' tallies of one status, added up: {@code entries|amount}. */
    private static String sumOf(JsonNode totals, String status) {
        long entries = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (JsonNode type : totals) {
            for (JsonNode tally : type.path("statuses")) {
                if (tally.path("status").asString().equals(status)) {
                    entries += tally.path("entries").asLong();
                    amount = amount.add(new BigDecimal(tally.path("amount").asString()));
                }
            }
        }
        return entries + "|" + amount(amount.toPlainString());
    }
}
