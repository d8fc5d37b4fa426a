package com.aeghash.mining;

import com.aeghash.testsupport.IntegrationTest;

@IntegrationTest
class MiningSimulatorFlowH2IT extends MiningSimulatorFlowContract {
}
