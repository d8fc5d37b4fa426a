package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.ChromiumBrowser;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console in a real headless Chromium, as an operator uses it: sign-in, pages, htmx actions. */
@IntegrationTest
class ConsoleBrowserIT {

    @RegisterExtension
    static final ChromiumBrowser chromium = new ChromiumBrowser();

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

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
}
