package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The mining page: the backing figures and the procurement queue. */
@IntegrationTest
class ConsoleMiningIT {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Test
    void anOperatorSeesTheBackingFiguresAndAProcurementAwaitingApproval() {
        ApiClient.Response asked = ApiClient.newOperator(port, "OPERATIONS")
                .header("Accept", "application/json")
                .header("Idempotency-Key", TestIds.unique("console-procurement"))
                .post("/api/v1/mining/procurements", "{\"creditAmount\":4321.5}");
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));

        HttpResponse<String> page = finance.get("/console/mining");

        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Backing", "Members (MH/s)", "Trend", "Procurements", "4321.5", "awaiting_approval");
    }
}
