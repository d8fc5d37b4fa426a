/**
 * Members' custodial MBlock wallets: creation, encrypted wallet keys and their rotation, balances, transfers
 * and transits, the authenticated transit callback and the reconciler of outcomes left unknown.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "approval", "audit", "config", "notification", "security"})
package com.aeghash.wallet;
