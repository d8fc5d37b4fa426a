package com.aeghash.withdrawal.internal;

@VendorPayoutIntegrationTest
class HashDamPayoutsIT extends HashDamPayoutScenarios {
}
