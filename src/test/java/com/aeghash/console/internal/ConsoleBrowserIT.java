package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ChromiumBrowser;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
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
