package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
    WithdrawalApi api;

    @BeforeEach
    void connect() {
        api = WithdrawalApi.on(port);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }
}
