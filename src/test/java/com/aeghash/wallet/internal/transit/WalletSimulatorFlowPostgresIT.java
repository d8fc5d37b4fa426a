package com.aeghash.wallet.internal.transit;

import com.aeghash.testsupport.PostgresIntegrationTest;

/** The wallet flows through the simulator on PostgreSQL. */
@PostgresIntegrationTest
class WalletSimulatorFlowPostgresIT extends WalletSimulatorFlowContract {
}
