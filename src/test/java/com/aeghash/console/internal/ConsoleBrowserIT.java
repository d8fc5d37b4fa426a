package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.EtlRunRequests;
import com.aeghash.mining.support.HashPowerHistory;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.ChromiumBrowser;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The console in a real headless Chromium, as an operator uses it: sign-in, pages, htmx actions. */
@IntegrationTest
class ConsoleBrowserIT {

    @RegisterExtension
    static final ChromiumBrowser chromium = new ChromiumBrowser();

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    ApplicationContext context;

    @Autowired
    Notifier notifier;

    ConsoleInBrowser console;
    ConsoleFixtures fixtures;

    @BeforeEach
    void openTheConsole() {
        console = new ConsoleInBrowser(chromium.driver(), port);
        fixtures = new ConsoleFixtures(port, ledger);
        console.signOut();
    }

    @Test
    void operatorSignsInAndSeesTheDashboard() {
        console.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        assertThat(chromium.driver().getTitle()).startsWith("Dashboard");
        assertThat(console.find(By.cssSelector("header .who")).getText()).contains("admin", "ADMIN");
    }

    @Test
    void twoOperatorsApproveAWithdrawalThroughTheConfirmationStep() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "3000");
        long id = fixtures.requestWithdrawal(fixtures.operator("MEMBER_APP"), member, "1500");
        String operations = fixtures.operator("OPERATIONS");
        String finance = fixtures.operator("FINANCE");

        console.signIn(operations, ConsoleFixtures.passwordOf(operations));
        console.open("/console/withdrawals?flagged=true&memberId=" + member);
        console.find(By.linkText(Long.toString(id))).click();
        console.find(By.name("note")).sendKeys("called the member");
        console.find(By.id("approve")).click();
        WebElement confirmation = console.find(By.id("confirmation"));
        assertThat(confirmation.findElement(By.cssSelector(".amount")).getText())
                .isEqualTo("1500");
        assertThat(confirmation.findElement(By.cssSelector(".asset")).getText()).isEqualTo("POINT");
        assertThat(confirmation.findElement(By.cssSelector(".destination")).getText())
                .isEqualTo("own account");
        assertThat(confirmation.findElement(By.cssSelector(".findings")).getText())
                .contains("amount_limit");
        assertThat(chromium.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("confirm-decision");
        chromium.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        console.waitForText(By.id("withdrawal-panel"), "the withdrawal is now approved_pending");

        console.signOut();
        console.signIn(finance, ConsoleFixtures.passwordOf(finance));
        console.open("/console/withdrawals/" + id);
        console.find(By.name("note")).sendKeys("second look");
        console.find(By.id("approve")).click();
        console.find(By.id("confirm-decision")).click();

        console.waitForText(By.id("withdrawal-panel"), "the withdrawal is now");
        assertThat(console.find(By.cssSelector("#withdrawal-panel h2 .status")).getText())
                .isIn("submitted", "completed");
        assertThat(console.find(By.id("withdrawal-panel")).getText()).contains(operations, finance);
    }

    @Test
    void anOperatorAcknowledgesAnAlert() {
        String title = TestIds.unique("browser-alert");
        notifier.alert(Alert.warning("test", title, "look at me", Map.of()));
        String operations = fixtures.operator("OPERATIONS");
        console.signIn(operations, ConsoleFixtures.passwordOf(operations));

        console.open("/console/alerts");
        WebElement row = console.find(By.xpath("//tr[td[text()='" + title + "']]"));
        String rowId = row.getAttribute("id");
        row.findElement(By.cssSelector("button.acknowledge")).click();

        WebElement handled = console.waitForText(By.id(rowId), "acknowledged by " + operations);
        assertThat(handled.getAttribute("class")).contains("acknowledged");
        assertThat(handled.findElements(By.cssSelector("button.acknowledge"))).isEmpty();
    }

    @Test
    void aMemberIsSearchedAndRevealedInADeepWideTreeWithoutOverlappingBoxes() {
        OrganizationChanges organization = context.getBean(OrganizationChanges.class);
        String top = ConsoleFixtures.registeredMember(context.getBean(JdbcClient.class), organization);
        List<String> chain = new ArrayList<>();
        String upline = top;
        for (int level = 1; level <= 8; level++) {
            upline = ConsoleFixtures.registeredBelow(organization, upline);
            chain.add(upline);
            if (level == 2) {
                for (int referral = 0; referral < 30; referral++) {
                    ConsoleFixtures.registeredBelow(organization, upline);
                }
            }
        }
        String deepest = chain.get(7);
        console.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        console.open("/console/organization?tree=unilevel&depth=3&memberId=" + top);
        console.find(By.id("find")).sendKeys(deepest);
        console.find(By.id("find")).submit();

        WebElement revealed = console.find(By.cssSelector("#node-" + deepest + ".revealed"));
        assertThat(revealed.isDisplayed()).isTrue();
        assertThat(chromium.driver().switchTo().activeElement().getText()).contains(deepest);
        List<List<Number>> boxes = visibleBoxes();
        assertThat(boxes).hasSizeGreaterThanOrEqualTo(1 + 8 + 30);
        assertNoTwoOverlap(boxes);

        revealed.findElement(By.tagName("summary")).click();
        console.waitForText(By.id("node-" + deepest), "no referrals");
        WebElement wideLevelMember = console.find(By.cssSelector("#node-" + chain.get(2) + " > details"));
        assertThat(wideLevelMember.getAttribute("open")).isNotNull();
    }

    @Test
    void theQueuesAndTheMemberPageFitAPhoneWidthScreen() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "3000");
        long id = fixtures.requestWithdrawal(fixtures.operator("MEMBER_APP"), member, "1500");
        String finance = fixtures.operator("FINANCE");
        console.signIn(finance, ConsoleFixtures.passwordOf(finance));
        Dimension desktop = chromium.driver().manage().window().getSize();
        chromium.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of(
                    "/console/withdrawals",
                    "/console/approvals",
                    "/console/withdrawals/" + id,
                    "/console/members?memberId=" + member)) {
                console.open(page);
                console.find(By.tagName("h1"));
                Number overflow = (Number) ((JavascriptExecutor) chromium.driver())
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow.intValue())
                        .as("horizontal overflow of %s at 390 px", page)
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            chromium.driver().manage().window().setSize(desktop);
        }
    }

    @Test
    void eachDashboardChartDrawsItsData() throws InterruptedException {
        seedWithdrawalsPaidOut();
        seedMiningCredits();
        seedBonusClosing();
        seedPartnerOrder();
        console.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        console.open("/console");

        for (String chart : List.of(
                "chart-withdrawals",
                "chart-payouts",
                "chart-mining",
                "chart-bonus",
                "chart-bonus-types",
                "chart-partner-orders")) {
            WebElement figure = console.waitUntil(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + "[data-drawn]")));
            assertThat(Integer.parseInt(figure.getAttribute("data-drawn")))
                    .as("points drawn in %s", chart)
                    .isPositive();
            WebElement canvas = figure.findElement(By.cssSelector(".plot canvas"));
            assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(200);
            figure.findElement(By.cssSelector("details.table-view summary")).click();
            assertThat(figure.findElement(By.cssSelector("details.table-view table"))
                            .isDisplayed())
                    .isTrue();
        }
        console.find(By.linkText("7 days")).click();
        assertThat(console.find(By.cssSelector("#chart-withdrawals nav.range a.chosen"))
                        .getText())
                .isEqualTo("7 days");
    }

    @Test
    void theMemberPageChartsItsPointBalance() {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "250");
        console.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        console.open("/console/members?memberId=" + member);

        WebElement figure = console.waitUntil(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-member-point[data-drawn]")));
        assertThat(Integer.parseInt(figure.getAttribute("data-drawn"))).isPositive();
        assertThat(console.find(By.id("chart-member-bonus")).getText()).contains("Bonus income per day by type");
    }

    private void seedWithdrawalsPaidOut() throws InterruptedException {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "100");
        long id = fixtures.requestWithdrawal(fixtures.operator("MEMBER_APP"), member, "40");
        for (String role : List.of("OPERATIONS", "FINANCE")) {
            String approver = fixtures.operator(role);
            ApiClient.Response approved = ApiClient.as(port, approver, ConsoleFixtures.passwordOf(approver))
                    .post("/api/v1/withdrawals/" + id + "/approvals", "{\"note\":\"chart\"}");
            assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            String status =
                    ApiClient.admin(port).get("/api/v1/withdrawals/" + id).text("status");
            if (status.equals("completed")) {
                return;
            }
            ApiClient.admin(port).post("/api/v1/withdrawals/" + id + "/reconciliation", "");
            Thread.sleep(200);
        }
        throw new AssertionError("withdrawal " + id + " was not paid out");
    }

    private void seedMiningCredits() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        HashPowerHistory.heldAllDay(
                context.getBean(JdbcTemplate.class),
                OrganizationFixtures.registered(context, TestIds.member()),
                new BigDecimal("10"),
                yesterday);
        context.getBean(EtlRunRequests.class).start(yesterday, "browser-test", null);
    }

    private void seedBonusClosing() {
        String root = ConsoleFixtures.organizationRoot(
                context.getBean(JdbcClient.class), context.getBean(OrganizationChanges.class));
        String buyer = ConsoleFixtures.registeredBelow(context.getBean(OrganizationChanges.class), root);
        Instant cutoff = Instant.parse("2020-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L))
                .truncatedTo(ChronoUnit.SECONDS);
        BonusOperations bonus = context.getBean(BonusOperations.class);
        context.getBean(BonusDistribution.class)
                .distribute(new PaidOrder(
                        TestIds.unique("chart:order"), buyer, new BigDecimal("100"), cutoff.minus(Duration.ofDays(5))));
        bonus.close(cutoff, "browser-test");
    }

    /** A partner order paid now, stored as the partner API stores one (the chart reads only the stored order). */
    private void seedPartnerOrder() {
        String buyer = OrganizationFixtures.registered(context, TestIds.member());
        context.getBean(JdbcTemplate.class).update("""
                INSERT INTO partner_orders (partner_id, order_id, member_id, total_amount, pv_amount, channel,
                    status, bonus_entries, bonus_total, paid_at, updated_at)
                VALUES ('chart-test', ?, ?, 10, 10, 'test', 'PAID', 0, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""", TestIds.unique("chart:partner"), buyer);
    }

    @SuppressWarnings("unchecked")
    private List<List<Number>> visibleBoxes() {
        return (List<List<Number>>) ((JavascriptExecutor) chromium.driver())
                .executeScript("return Array.from(document.querySelectorAll('.tree .box'))"
                        + ".filter(box => box.getClientRects().length > 0)"
                        + ".map(box => { const r = box.getBoundingClientRect();"
                        + " return [r.left, r.top, r.right, r.bottom]; });");
    }

    private static void assertNoTwoOverlap(List<List<Number>> boxes) {
        for (int first = 0; first < boxes.size(); first++) {
            for (int second = first + 1; second < boxes.size(); second++) {
                List<Number> a = boxes.get(first);
                List<Number> b = boxes.get(second);
                boolean apart = a.get(2).doubleValue() <= b.get(0).doubleValue()
                        || b.get(2).doubleValue() <= a.get(0).doubleValue()
                        || a.get(3).doubleValue() <= b.get(1).doubleValue()
                        || b.get(3).doubleValue() <= a.get(1).doubleValue();
                assertThat(apart).as("box %s overlaps box %s", a, b).isTrue();
            }
        }
    }
}
