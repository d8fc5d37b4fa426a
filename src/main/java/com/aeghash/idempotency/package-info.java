/**
 * Idempotency keys: one mechanism for every call that must take effect at most once per caller and key
 * (partner calls, withdrawal requests, manual adjustments): key rules, payload hash, replay, conflicts, expiry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "notification"})
package com.aeghash.idempotency;
