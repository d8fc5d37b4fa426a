package com.aeghash.withdrawal.internal;

@WithdrawalPostgresIntegrationTest
class WithdrawalConcurrencyPostgresIT extends WithdrawalConcurrencyScenarios {
}
