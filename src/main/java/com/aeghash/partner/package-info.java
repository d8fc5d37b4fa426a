/**
 * AEGMALL partner API: partners from configuration, HMAC-signed inbound calls with an IP allowlist, replay
 * protection and rate limits, idempotency keys, partner orders (paid into the bonus engine, optionally as product lines
 * of the catalogue) and hash-power credits.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "audit",
            "bonus",
            "config",
            "idempotency",
            "ledger",
            "notification",
            "organization",
            "product"
        })
package com.aeghash.partner;
