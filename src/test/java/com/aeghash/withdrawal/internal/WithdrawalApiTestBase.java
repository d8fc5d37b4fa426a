package com.aeghash.withdrawal.internal;

import com.aeghash.testsupport.RecordingNotifier;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;

/** Base of the withdrawal API tests on the scripted payout gateway and the recording notifier (the test doubles). */
abstract class WithdrawalApiTestBase extends WithdrawalPipelineTestBase {

    @Autowired
    ScriptedPayoutGateway gateway;

    @Autowired
    RecordingNotifier alerts;

    /** For tests run on each database: the application of {@link WithdrawalIntegrationTest} or its PostgreSQL twin. */
    static TestApplication applicationOn(TestDatabases.Kind database) {
        return TestApplication.on(database, OnH2.class, OnPostgres.class);
    }

    @WithdrawalIntegrationTest
    private static final class OnH2 {}

    @WithdrawalPostgresIntegrationTest
    private static final class OnPostgres {}
}
