/**
 * Withdrawals: requests with funds on hold, two-person approval, execution through a {@link
 * com.aeghash.withdrawal.PayoutGateway} in atomic phases, reconciliation of unknown outcomes, and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "approval",
            "audit",
            "config",
            "idempotency",
            "ledger",
            "mining",
            "notification",
            "risk",
            "security",
            "wallet"
        })
package com.aeghash.withdrawal;
