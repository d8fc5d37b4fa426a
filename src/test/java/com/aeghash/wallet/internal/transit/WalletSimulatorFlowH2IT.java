package com.aeghash.wallet.internal.transit;

import com.aeghash.testsupport.IntegrationTest;

/** The wallet flows through the simulator on H2. */
@IntegrationTest
class WalletSimulatorFlowH2IT extends WalletSimulatorFlowContract {
}
