/**
 * The platform audit trail: an append-only record of security-relevant actions (operator changes, key
 * reports, manual ledger adjustments) with who did it, to what, when, and structured details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package com.aeghash.audit;
