package com.aeghash.mining;

import com.aeghash.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class MiningWithdrawalFaultPostgresIT extends MiningWithdrawalFaultContract {
}
