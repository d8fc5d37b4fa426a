package com.aeghash.withdrawal.internal;

@WithdrawalIntegrationTest
class WithdrawalFaultsIT extends WithdrawalFaultScenarios {
}
