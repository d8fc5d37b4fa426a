package com.aeghash.withdrawal.internal;

@VendorPayoutPostgresIntegrationTest
class HashDamPayoutsPostgresIT extends HashDamPayoutScenarios {
}
