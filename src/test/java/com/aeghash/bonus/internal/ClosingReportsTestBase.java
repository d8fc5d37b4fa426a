package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.PaidOrder;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the preview and report tests share: a chain root ← 1 ← 2 ← 3 in both trees (so member 3's order of PV
 * {@code P} pays member 2 REFERRAL 30 % and SPONSOR 1 %, member 1 and the root 5 % and 1 %), a cut-off of the test's
 * own in the past, the application on each database, and readers of the API's answers into comparable maps
 * ({@code memberId|bonusType|status} → {@code entries|amount}).
 */
abstract class ClosingReportsTestBase extends BonusDistributionTestBase {

    @RegisterExtension
    final TestApplication application;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClosingRepository closingRuns;

    @Autowired
    BonusOrderRepository orders;

    String prefix;
    Instant cutoff;

    /** The application on the database the subclass ({@code @OnEachDatabase}) runs on. */
    ClosingReportsTestBase(TestDatabases.Kind database) {
        application = TestApplication.on(database);
    }

    @BeforeEach
    void chainAndCutoff() {
        prefix = TestIds.unique("report");
        cutoff = Instant.parse("2022-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L));
        registerChainOfThree(prefix);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    /** Member {@code index}'s order of {@code pv} paid {@code daysBeforeCutoff} days before the cut-off. */
    String order(String name, int buyer, String pv, int daysBeforeCutoff) {
        String reference = prefix + ":" + name;
        bonuses.distribute(new PaidOrder(
                reference, member(buyer), new BigDecimal(pv), cutoff.minus(Duration.ofDays(daysBeforeCutoff))));
        credits.postOutstanding();
        return reference;
    }

    void refund(String reference, int daysBeforeCutoff) {
        bonuses.markRefunded(reference, cutoff.minus(Duration.ofDays(daysBeforeCutoff)));
    }

    /** A service token of the member app (it reads members' paths, not the operators'). */
    String memberAppToken() {
        String token = ApiClient.admin(port)
                .post("/api/v1/service-tokens", "{\"name\":\"app\",\"roles\":[\"MEMBER_APP\"]}")
                .json()
                .path("token")
                .asString();
        TestSecrets.register(token);
        return token;
    }

    /** Member 0 is the root. */
    String member(int index) {
        return index == 0 ? prefix + "-root" : prefix + "-" + index;
    }

    /**
     * What a preview must leave alone: every row a closing writes (closings, entries' statuses, its ledger entries and
     * postings, its audit entries and events). Rows of other modules' background work (rank changes after the
     * registrations, ...) are left out: they may land at any time and say nothing about the preview.
     */
    Map<String, Object> writtenRows() {
        Map<String, Object> rows = new TreeMap<>();
        rows.put("closings", jdbc.queryForList("SELECT id, status, processed_entries FROM bonus_closings ORDER BY id"));
        rows.put(
                "entries",
                jdbc.queryForList("SELECT status, COUNT(*) AS entries, COUNT(closing_id) AS closed,"
                        + " SUM(amount) AS amount FROM bonus_entries GROUP BY status ORDER BY status"));
        rows.put(
                "ledger",
                jdbc.queryForList("SELECT COUNT(*) AS entries, (SELECT COUNT(*) FROM ledger_postings p"
                        + " WHERE p.entry_id IN (SELECT id FROM ledger_entries WHERE reference LIKE 'bonus-closing:%'))"
                        + " AS postings FROM ledger_entries WHERE reference LIKE 'bonus-closing:%'"));
        rows.put(
                "debt",
                jdbc.queryForList("SELECT COUNT(*) AS recoveries, SUM(amount) AS amount FROM bonus_debt_recoveries"));
        rows.put(
                "audit",
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'bonus.%'", Long.class));
        rows.put(
                "events",
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE event_type LIKE '%BonusesClosed%'", Long.class));
        return rows;
    }

    /** {@code [{status, entries, amount}]} as {@code status → "entries|amount"} (amounts compared as numbers). */
    static Map<String, String> tallies(JsonNode statuses) {
        Map<String, String> tallies = new TreeMap<>();
        statuses.forEach(tally -> tallies.put(
                tally.path("status").asString(),
                tally.path("entries").asLong() + "|"
                        + amount(tally.path("amount").asString())));
        return tallies;
    }

    static String amount(String text) {
        BigDecimal value = new BigDecimal(text);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Every line of the JSON report, page by page: {@code memberId|bonusType|status} → {@code entries|amount}. */
    Map<String, String> reportLines(ApiClient client, long closingId, int limit) {
        Map<String, String> lines = new TreeMap<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiClient.Response page = client.get("/api/v1/bonus/closings/" + closingId + "/report?limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().path("totals").isNull())
                    .as("totals on the first page only")
                    .isEqualTo(pages > 0);
            for (JsonNode line : page.json().path("items")) {
                String key = line.path("memberId").asString() + "|"
                        + line.path("bonusType").asString();
                tallies(line.path("statuses")).forEach((status, tally) -> lines.put(key + "|" + status, tally));
            }
            cursor = page.text("next");
            pages++;
        } while (cursor != null);
        return lines;
    }

    /** The CSV report read back with the same library, in the same form as {@link #reportLines}. */
    static Map<String, String> csvLines(String csv) throws IOException {
        CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv));
        List<CSVRecord> records = parser.getRecords();
        assertThat(parser.getHeaderNames()).containsExactly(ClosingReportCsv.header());
        Map<String, String> lines = new TreeMap<>();
        for (CSVRecord record : records) {
            String key = record.get("memberId") + "|" + record.get("bonusType");
            for (var status : ClosingReportCsv.STATUSES) {
                String column = ClosingReportCsv.columnOf(status);
                long entries = Long.parseLong(record.get(column + "Entries"));
                assertThat(record.get(column + "Amount"))
                        .as("a plain decimal")
                        .matches("0|[1-9][0-9]*(\\.[0-9]+)?|0\\.[0-9]+");
                if (entries > 0) {
                    lines.put(key + "|" + status.name(), entries + "|" + amount(record.get(column + "Amount")));
                }
            }
        }
        return lines;
    }

    /** Lines of the members, summed over bonus types: {@code memberId|status} → {@code entries|amount}. */
    static Map<String, String> perMember(Map<String, String> lines, List<String> members) {
        return summed(lines, parts -> members.contains(parts[0]) ? parts[0] + "|" + parts[2] : null);
    }

    /**
     * Lines ({@code memberId|bonusType[|status]} → {@code entries|amount}) summed per group: the group of a line's
     * key parts, or null to leave the line out.
     */
    static Map<String, String> summed(Map<String, String> lines, Function<String[], String> groupOf) {
        Map<String, long[]> entries = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        lines.forEach((key, tally) -> {
            String group = groupOf.apply(key.split("\\|"));
            if (group != null) {
                String[] values = tally.split("\\|");
                entries.computeIfAbsent(group, ignored -> new long[1])[0] += Long.parseLong(values[0]);
                amounts.merge(group, new BigDecimal(values[1]), BigDecimal::add);
            }
        });
        Map<String, String> sums = new TreeMap<>();
        entries.forEach((group, count) ->
                sums.put(group, count[0] + "|" + amount(amounts.get(group).toPlainString())));
        return sums;
    }

    static List<String> ids(JsonNode members) {
        List<String> ids = new ArrayList<>();
        members.forEach(member -> ids.add(member.path("memberId").asString()));
        return ids;
    }
}
