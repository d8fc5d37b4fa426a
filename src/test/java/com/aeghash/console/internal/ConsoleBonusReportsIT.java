package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The closing's preview and report on the console, the CSV download, and a member's entries explained. */
@IntegrationTest
class ConsoleBonusReportsIT extends ConsoleOrganizationTestBase {

    @Autowired
    BonusDistribution bonus;

    ConsoleFixtures fixtures;
    String sponsor;
    String buyer;
    Instant cutoff;

    @BeforeEach
    void arrange() {
        fixtures = new ConsoleFixtures(port, ledger);
        sponsor = ConsoleFixtures.registeredBelow(organization, ConsoleFixtures.organizationRoot(jdbc, organization));
        buyer = ConsoleFixtures.registeredBelow(organization, sponsor);
        cutoff = Instant.parse("2023-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L))
                .truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void financePreviewsAClosingRunsItAndReadsItsReportAndCsv() {
        bonus.distribute(new PaidOrder(
                TestIds.unique("console:report"), buyer, new BigDecimal("100"), cutoff.minus(Duration.ofDays(5))));
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));
        String cutoffField = LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC).toString();

        HttpResponse<String> preview =
                finance.submit("/console/bonus", "/console/bonus/previews", form("cutoff", cutoffField));
        String closing = closingPage(finance, cutoff);
        HttpResponse<String> previewedAgain =
                finance.submit("/console/bonus", "/console/bonus/previews", form("cutoff", cutoffField));

        assertThat(finance.get("/console/bonus").body()).contains("Preview a closing");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Members it moves the most for", "REFERRAL", "SPONSOR", ">CONFIRMED<", sponsor);
        assertThat(previewedAgain.statusCode()).isEqualTo(409);
        assertThat(previewedAgain.body()).contains("closing_exists");
        String report = finance.get(closing).body();
        assertThat(report)
                .contains("Settlement report", "Totals per bonus type", "REFERRAL", sponsor, closing + "/report.csv");
        HttpResponse<String> csv = finance.get(closing + "/report.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body())
                .startsWith("memberId,bonusType,confirmedEntries,confirmedAmount")
                .contains(sponsor);
        assertThat(finance.get("/console/bonus/closings/999999999").statusCode())
                .isEqualTo(404);
        assertThat(finance.get("/console/bonus").body()).contains(closing);
    }

    @Test
    void aMembersEntriesLinkToTheirExplanation() {
        String order = TestIds.unique("console:explained");
        bonus.distribute(new PaidOrder(order, buyer, new BigDecimal("100"), Instant.now()));
        long entry = jdbc.sql("SELECT id FROM bonus_entries WHERE order_reference = :order"
                        + " AND beneficiary_member_id = :member AND bonus_type = 'REFERRAL'")
                .param("order", order)
                .param("member", sponsor)
                .query(Long.class)
                .single();
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));

        String memberPage =
                operations.get("/console/members?memberId=" + sponsor).body();
        HttpResponse<String> explained = operations.get("/console/bonus/entries/" + entry);

        assertThat(memberPage).contains("href=\"/console/bonus/entries/" + entry + "\"");
        assertThat(explained.statusCode()).isEqualTo(200);
        assertThat(explained.body())
                .contains(
                        "REFERRAL of plan default, level 1 of the UNILEVEL tree",
                        "100 PV × 30 % = 30",
                        order,
                        buyer,
                        "not closed yet",
                        "Sent with a bare PV: no products.");
        assertThat(operations.get("/console/bonus/entries/999999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theClosingPageShowsWhatTheClosingCarriedAndTheBonusDebtStillOwed() {
        String paid = TestIds.unique("console:paid");
        bonus.distribute(new PaidOrder(paid, buyer, new BigDecimal("100"), cutoff.minus(Duration.ofDays(5))));
        bonus.distribute(new PaidOrder(
                TestIds.unique("console:inside"), buyer, new BigDecimal("200"), cutoff.minus(Duration.ofDays(1))));
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));
        String first = closingPage(finance, cutoff);
        ledger.post(EntryRequest.builder(TestIds.unique("console:spend"), "spent")
                .move(
                        AccountRef.member(sponsor, Asset.POINT, Bucket.AVAILABLE),
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.POINT),
                        new BigDecimal("20"))
                .build());
        bonus.markRefunded(paid, cutoff.plus(Duration.ofMinutes(30))); // 31 clawed back, 11 available: 20 owed

        String second = closingPage(finance, cutoff.plus(Duration.ofHours(1)));

        assertThat(finance.get(first).body())
                .as("the sponsor's 30 %% of the order paid a day before the cut-off, inside the refund delay")
                .contains("CARRIED", "1 · 60", "Bonus debt carried");
        assertThat(finance.get(second).body())
                .as("still inside the delay at the second cut-off, and the debt the refund left")
                .contains("1 · 60", "bonus debt", "owes 20 after the closing");
    }

    /** Runs the closing of the cut-off from the bonus page; its page's path. */
    private String closingPage(BrowserSession finance, Instant at) {
        HttpResponse<String> closed = finance.submit(
                "/console/bonus",
                "/console/bonus/closings",
                form("cutoff", LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString(), "confirmed", "true"));
        Matcher id = Pattern.compile("Closing (\\d+) is COMPLETED").matcher(closed.body());
        assertThat(id.find()).as(closed.body()).isTrue();
        return "/console/bonus/closings/" + id.group(1);
    }
}
