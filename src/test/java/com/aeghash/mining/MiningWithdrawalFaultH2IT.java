package com.aeghash.mining;

import com.aeghash.testsupport.IntegrationTest;

@IntegrationTest
class MiningWithdrawalFaultH2IT extends MiningWithdrawalFaultContract {
}
