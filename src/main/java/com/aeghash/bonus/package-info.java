/**
 * Bonus engine: bonus rules (per-level percentages over the referral and sponsor trees), distribution of
 * pending bonuses for paid orders, and the closing that confirms them into available balances.
 */
package com.aeghash.bonus;
