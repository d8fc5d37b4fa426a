/**
 * AEGMALL partner API: partners from configuration, HMAC-signed inbound calls with an IP allowlist, replay
 * protection and rate limits, idempotency keys, partner orders (paid into the bonus engine) and hash-power credits.
 */
package com.aeghash.partner;
