package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.RecordingNotifier;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Base of the withdrawal API tests: the API driver, the test doubles, and the ledger invariants after each test. */
abstract class WithdrawalApiTestBase {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    ScriptedPayoutGateway gateway;

    @Autowired
    RecordingNotifier alerts;

    @Autowired
    ApplicationContext context;

    WithdrawalApi api;

    @BeforeEach
    void connect() {
        api = WithdrawalApi.on(port, context);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    /** For tests run on each database: the application of {@link WithdrawalIntegrationTest} or its PostgreSQL twin. */
    static TestApplication applicationOn(TestDatabases.Kind database) {
        return TestApplication.on(database, OnH2.class, OnPostgres.class);
    }

    @WithdrawalIntegrationTest
    private static final class OnH2 {}

    @WithdrawalPostgresIntegrationTest
    private static final class OnPostgres {}
}
