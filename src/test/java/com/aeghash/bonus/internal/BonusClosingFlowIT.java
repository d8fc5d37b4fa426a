package com.aeghash.bonus.internal;

import com.aeghash.testsupport.IntegrationTest;

@IntegrationTest
class BonusClosingFlowIT extends BonusClosingFlowContract {
}
