package com.aeghash.withdrawal.internal;

@VendorPayoutIntegrationTest
class TreasuryPayoutsIT extends TreasuryPayoutScenarios {
}
