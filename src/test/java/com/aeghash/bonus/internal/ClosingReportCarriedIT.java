package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What a closing carries into the next one, in its settlement report, on H2 and PostgreSQL: the entries of orders
 * paid by the cut-off but inside the refund delay (2 days) it left pending, per member and bonus type and in the
 * totals, and the bonus debt members still owe after it, a line of its own; snapshot when the closing completes, so
 * the next closing (which settles those entries) and a re-run leave the report as it was. The figures of this test's
 * chain (root ← 1 ← 2 ← 3) are computed by hand: member 3's order of PV P pays member 2 30 % + 1 % and member 1
 * 5 % + 1 %.
 */
@OnEachDatabase
class ClosingReportCarriedIT extends ClosingReportsTestBase {

    ClosingReportCarriedIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void entriesInsideTheRefundDelayAreCarriedAndTheReportStaysAsItWasAfterTheNextClosing() throws Exception {
        order("settled", 3, "100", 5);
        order("inside", 3, "200", 1);
        order("afterCutoff", 3, "300", -1);
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        long first = close(finance, cutoff);

        Map<String, String> carried = carriedLines(finance, first, 2);

        assertThat(carried)
                .as(
                        "the order paid 1 day before the cut-off, 30 %% and 1 %% of 200 PV for member 2, 5 %% and 1 %% for 1")
                .containsEntry(member(2) + "|REFERRAL", "1|60")
                .containsEntry(member(2) + "|SPONSOR", "1|2")
                .containsEntry(member(1) + "|REFERRAL", "1|10")
                .containsEntry(member(1) + "|SPONSOR", "1|2");
        assertThat(reportLines(finance, first, 2))
                .as("what the closing took: the order paid 5 days before")
                .containsEntry(member(2) + "|REFERRAL|CONFIRMED", "1|30")
                .containsEntry(member(1) + "|REFERRAL|CONFIRMED", "1|5");
        JsonNode firstPage =
                finance.get("/api/v1/bonus/closings/" + first + "/report").json();
        assertThat(carriedTotals(firstPage.path("totals")))
                .as("the totals per bonus type are the sums of the lines")
                .isEqualTo(perType(carried));
        Map<String, String> jsonBefore = reportLines(finance, first, 3);
        String csvBefore = csv(first);
        assertThat(csvCarried(csvBefore)).isEqualTo(carried);

        long second = close(finance, cutoff.plus(Duration.ofDays(3)));

        assertThat(reportLines(finance, second, 100))
                .as("the next closing settled the carried entries")
                .containsEntry(member(2) + "|REFERRAL|CONFIRMED", "1|60")
                .containsEntry(member(1) + "|SPONSOR|CONFIRMED", "1|2");
        assertThat(carriedLines(finance, second, 100))
                .as("the order paid a day after the first cut-off is inside the second one's delay")
                .containsEntry(member(2) + "|REFERRAL", "1|90")
                .containsEntry(member(2) + "|SPONSOR", "1|3");
        assertThat(carriedLines(finance, first, 2))
                .as("the first report, read again")
                .isEqualTo(carried);
        assertThat(reportLines(finance, first, 3)).isEqualTo(jsonBefore);
        assertThat(csv(first)).isEqualTo(csvBefore);
        long rows = count(first);

        assertThat(close(finance, cutoff))
                .as("a re-run of the completed closing")
                .isEqualTo(first);

        assertThat(count(first)).as("writes nothing more").isEqualTo(rows);
        String csvAfter = csv(first);
        assertThat(csvAfter)
                .as(() -> "the CSV after the re-run; read again now: " + csv(first) + "\nthe JSON report now: "
                        + reportLines(finance, first, 1000) + "\nthe carried rows now: "
                        + jdbc.queryForList("SELECT * FROM bonus_closing_carried WHERE closing_id = ?", first))
                .isEqualTo(csvBefore);
    }

    @Test
    void theBonusDebtStillOwedAfterAClosingIsALineOfItsOwn() throws Exception {
        order("paid", 3, "100", 5);
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");
        long first = close(finance, cutoff);
        spend(member(2), "20");
        refund(prefix + ":paid", -1); // after the closing confirmed it: 31 clawed back, 11 available

        long second = close(finance, cutoff.plus(Duration.ofDays(3)));

        assertThat(debtLines(finance, first))
                .as("no debt when the first closing completed")
                .doesNotContainKey(member(2));
        assertThat(debtLines(finance, second)).containsEntry(member(2), "20").doesNotContainKey(member(1));
        JsonNode page =
                finance.get("/api/v1/bonus/closings/" + second + "/report").json();
        BigDecimal owed = debtLines(finance, second).values().stream()
                .map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(page.path("debtCarried").asString()))
                .as("the carried debt of all members, the sum of the debt lines")
                .isEqualByComparingTo(owed);
        Map<String, String> csvDebts = new TreeMap<>();
        for (CSVRecord record : csvRecords(csv(second))) {
            if (!record.get("carriedDebt").isEmpty()) {
                assertThat(record.get("bonusType")).isEmpty();
                assertThat(record.get("confirmedEntries")).isEqualTo("0");
                csvDebts.put(record.get("memberId"), amount(record.get("carriedDebt")));
            }
        }
        assertThat(csvDebts).isEqualTo(debtLines(finance, second));
    }

    private long close(ApiClient finance, Instant at) {
        ApiClient.Response closed = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", at));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("COMPLETED");
        return closed.json().path("id").asLong();
    }

    private long count(long closingId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM bonus_closing_carried WHERE closing_id = ?", Long.class, closingId);
    }

    /** Every page's carried lines with something carried: {@code memberId|bonusType} → {@code entries|amount}. */
    private Map<String, String> carriedLines(ApiClient client, long closingId, int limit) {
        Map<String, String> lines = new TreeMap<>();
        pages(client, closingId, limit, line -> {
            JsonNode carried = line.path("carried");
            if (!line.path("bonusType").isNull() && carried.path("entries").asLong() > 0) {
                lines.put(
                        line.path("memberId").asString() + "|"
                                + line.path("bonusType").asString(),
                        carried.path("entries").asLong() + "|"
                                + amount(carried.path("amount").asString()));
            }
        });
        return lines;
    }

    /** Every page's carried-debt lines: {@code memberId} → {@code carriedDebt}. */
    private Map<String, String> debtLines(ApiClient client, long closingId) {
        Map<String, String> lines = new TreeMap<>();
        pages(
                client,
                closingId,
                1,
                line -> { // a page a line: a debt line's cursor is followed too
                    if (line.path("bonusType").isNull()) {
                        assertThat(line.path("statuses").isEmpty()).isTrue();
                        lines.put(
                                line.path("memberId").asString(),
                                amount(line.path("carriedDebt").asString()));
                    } else {
                        assertThat(line.path("carriedDebt").isNull()).isTrue();
                    }
                });
        return lines;
    }

    private void pages(ApiClient client, long closingId, int limit, Consumer<JsonNode> line) {
        String cursor = null;
        do {
            ApiClient.Response page = client.get("/api/v1/bonus/closings/" + closingId + "/report?limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("items").forEach(line);
            cursor = page.text("next");
        } while (cursor != null);
    }

    /** The carried lines summed per bonus type: {@code bonusType} → {@code entries|amount}. */
    private static Map<String, String> perType(Map<String, String> lines) {
        return summed(lines, parts -> parts[1]);
    }

    private static Map<String, String> carriedTotals(JsonNode totals) {
        Map<String, String> sums = new TreeMap<>();
        totals.forEach(type -> {
            JsonNode carried = type.path("carried");
            if (carried.path("entries").asLong() > 0) {
                sums.put(
                        type.path("bonusType").asString(),
                        carried.path("entries").asLong() + "|"
                                + amount(carried.path("amount").asString()));
            }
        });
        return sums;
    }

    /** The CSV report, read by a client of its own (a client keeps the headers it was given). */
    private String csv(long closingId) {
        ApiClient.Response csv = ApiClient.newOperator(port, "FINANCE")
                .header("Accept", "text/csv")
                .get("/api/v1/bonus/closings/" + closingId + "/report");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        return csv.body();
    }

    private static Iterable<CSVRecord> csvRecords(String csv) throws IOException {
        var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv));
        assertThat(parser.getHeaderNames()).containsExactly(ClosingReportCsv.header());
        assertThat(parser.getHeaderNames()).endsWith("carriedEntries", "carriedAmount", "carriedDebt");
        return parser.getRecords();
    }

    /** The CSV's rows with something carried, in the form of {@link #carriedLines}. */
    private static Map<String, String> csvCarried(String csv) throws IOException {
        Map<String, String> lines = new TreeMap<>();
        for (CSVRecord record : csvRecords(csv)) {
            if (Long.parseLong(record.get("carriedEntries")) > 0) {
                lines.put(
                        record.get("memberId") + "|" + record.get("bonusType"),
                        record.get("carriedEntries") + "|" + amount(record.get("carriedAmount")));
            }
        }
        return lines;
    }
}
