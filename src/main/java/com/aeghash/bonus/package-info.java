/**
 * Bonus engine: bonus rules (per-level percentages over the referral and sponsor trees), distribution of
 * pending bonuses for paid orders, and the closing that confirms them into available balances.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "audit", "ledger", "notification", "organization", "security"})
package com.aeghash.bonus;
