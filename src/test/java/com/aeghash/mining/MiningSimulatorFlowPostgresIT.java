package com.aeghash.mining;

import com.aeghash.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class MiningSimulatorFlowPostgresIT extends MiningSimulatorFlowContract {
}
