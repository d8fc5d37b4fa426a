/**
 * Mining through HashDam: project snapshots, member hash power (a ledger HASHPOWER balance), the daily profit
 * ETL that credits mined coins to members, and the mining withdrawal primitive with its reconciliation.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "approval",
            "audit",
            "config",
            "idempotency",
            "ledger",
            "notification",
            "security",
            "wallet"
        })
package com.aeghash.mining;
