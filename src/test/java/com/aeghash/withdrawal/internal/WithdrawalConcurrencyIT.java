package com.aeghash.withdrawal.internal;

@WithdrawalIntegrationTest
class WithdrawalConcurrencyIT extends WithdrawalConcurrencyScenarios {
}
