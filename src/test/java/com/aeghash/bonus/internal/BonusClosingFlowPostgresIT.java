package com.aeghash.bonus.internal;

import com.aeghash.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class BonusClosingFlowPostgresIT extends BonusClosingFlowContract {
}
