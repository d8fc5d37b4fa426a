package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ChromiumBrowser;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

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
}
