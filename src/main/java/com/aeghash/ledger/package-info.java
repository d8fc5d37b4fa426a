/**
 * The double-entry ledger: the source of truth for every member balance of points, coins and hash power.
 * Every change is a balanced, idempotently referenced journal entry; balances are derived from postings.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "approval", "audit", "idempotency", "notification", "security"})
package com.aeghash.ledger;
