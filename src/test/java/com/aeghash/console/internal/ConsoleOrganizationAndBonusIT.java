package com.aeghash.console.internal;

import static com.aeghash.console.internal.ConsoleFixtures.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.organization.OrganizationFixtures;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The organization picture with legs, PV and spillovers; bonus closings run from the console; an order's entries. */
@IntegrationTest
class ConsoleOrganizationAndBonusIT extends ConsoleOrganizationTestBase {

    @Autowired
    BonusDistribution bonus;

    ConsoleFixtures fixtures;
    String sponsor;

    @BeforeEach
    void arrange() {
        fixtures = new ConsoleFixtures(port, ledger);
        sponsor = ConsoleFixtures.registeredBelow(organization, ConsoleFixtures.organizationRoot(jdbc, organization));
    }

    @Test
    void sponsorTreeShowsBothLegsTheirPvAndTheSpilloverLog() {
        String left = ConsoleFixtures.registeredBelow(organization, sponsor);
        String right = ConsoleFixtures.registeredBelow(organization, sponsor);
        String spilled = ConsoleFixtures.registeredBelow(organization, sponsor);
        bonus.distribute(new PaidOrder(TestIds.unique("console:tree"), spilled, new BigDecimal("100"), Instant.now()));
        OrganizationFixtures.foldLegVolume(
                context); // leg PV follows orders by about a second: fold now instead of waiting
        BrowserSession operations = fixtures.signedIn(fixtures.operator("OPERATIONS"));

        String binary = operations
                .get("/console/organization?memberId=" + sponsor + "&depth=2")
                .body();
        String unilevel = operations
                .get("/console/organization?memberId=" + sponsor + "&tree=unilevel&depth=1")
                .body();

        assertThat(binary).contains("Sponsor tree", ">" + left + "</a>", ">" + right + "</a>", ">" + spilled + "</a>");
        assertThat(binary).contains("PV L 100 · R 0", "open right slot");
        assertThat(binary).containsPattern("<td>" + spilled + "</td>\\s*<td>" + left + "</td>\\s*<td>LEFT</td>");
        assertThat(binary.indexOf(">" + left + "</a>")).isLessThan(binary.indexOf(">" + right + "</a>"));
        assertThat(unilevel)
                .contains("Referral tree", ">" + left + "</a>", ">" + spilled + "</a>")
                .doesNotContain("PV L", "open right slot");
    }

    @Test
    void unknownMemberAndUnknownTreeAreReadableErrors() {
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        HttpResponse<String> unknownMember = finance.get("/console/organization?memberId=" + TestIds.member());
        HttpResponse<String> unknownTree = finance.get("/console/organization?memberId=" + sponsor + "&tree=ternary");

        assertThat(unknownMember.statusCode()).isEqualTo(404);
        assertThat(unknownMember.body()).contains("not found");
        assertThat(unknownTree.statusCode()).isEqualTo(400);
        assertThat(unknownTree.body()).contains("tree: must be binary or unilevel");
    }

    @Test
    void financeRunsAClosingFromTheConsoleAndSeesTheOrderEntriesConfirmed() {
        String buyer = ConsoleFixtures.registeredBelow(organization, sponsor);
        Instant cutoff = pastCutoffOfThisTest();
        String order = TestIds.unique("console:closing");
        bonus.distribute(new PaidOrder(order, buyer, new BigDecimal("100"), cutoff.minus(Duration.ofDays(5))));
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));
        String cutoffField = LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC).toString();

        String before = finance.get("/console/bonus?orderReference=" + order).body();
        HttpResponse<String> asked =
                finance.submit("/console/bonus", "/console/bonus/closings", form("cutoff", cutoffField));
        String afterAsking =
                finance.get("/console/bonus?orderReference=" + order).body();
        HttpResponse<String> closed = finance.submit(
                "/console/bonus", "/console/bonus/closings", form("cutoff", cutoffField, "confirmed", "true"));
        HttpResponse<String> askedAgain =
                finance.submit("/console/bonus", "/console/bonus/closings", form("cutoff", cutoffField));
        HttpResponse<String> unreadable = finance.submit(
                "/console/bonus", "/console/bonus/closings", form("cutoff", "soon", "confirmed", "true"));
        String after = finance.get("/console/bonus?orderReference=" + order).body();

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .contains(
                        "Confirm the bonus closing of " + cutoff,
                        "POINT",
                        "Confirmed, REFERRAL",
                        "Amount confirmed (paid)",
                        "Confirm: run")
                .doesNotContain("entries processed");
        assertThat(afterAsking).contains(order, "PENDING").doesNotContain("CONFIRMED");
        assertThat(askedAgain.statusCode()).isEqualTo(200);
        assertThat(askedAgain.body()).contains("Confirm: resume the bonus closing of " + cutoff, "COMPLETED");

        assertThat(before).contains("Run the closing", order, "PENDING").doesNotContain("CONFIRMED");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body())
                .containsPattern("Closing \\d+ is COMPLETED: (\\d+) of \\1 entries processed")
                .contains(">COMPLETED<", " by console-");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("cutoff: must be a date and time");
        assertThat(after).contains("CONFIRMED", "REFERRAL", "SPONSOR").doesNotContain(">PENDING<");
    }

    /** A cut-off in 2021 no other test uses (the scheduled closing uses today's; flows use their own). */
    private static Instant pastCutoffOfThisTest() {
        return Instant.parse("2021-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L))
                .truncatedTo(ChronoUnit.SECONDS);
    }
}
