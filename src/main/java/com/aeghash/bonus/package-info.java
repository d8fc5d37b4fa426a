/**
 * Bonus engine: bonus rules (per-level percentages over the referral and sponsor trees), centers
 * ({@link com.aeghash.bonus.BonusCenters}) and the center bonuses, distribution of pending bonuses for paid orders with
 * the shares not paid and why ({@link com.aeghash.bonus.UnpaidBonuses}), and the closing that confirms them into
 * available balances and pays the global share. Ranks come in through the {@link com.aeghash.bonus.BonusRanks} port,
 * which the rank module implements.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "audit", "ledger", "notification", "organization", "security"})
package com.aeghash.bonus;
