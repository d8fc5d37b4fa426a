package com.aeghash.withdrawal.internal;

@VendorPayoutPostgresIntegrationTest
class TreasuryPayoutsPostgresIT extends TreasuryPayoutScenarios {
}
