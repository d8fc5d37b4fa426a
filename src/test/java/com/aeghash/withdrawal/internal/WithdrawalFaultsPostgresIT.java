package com.aeghash.withdrawal.internal;

@WithdrawalPostgresIntegrationTest
class WithdrawalFaultsPostgresIT extends WithdrawalFaultScenarios {
}
