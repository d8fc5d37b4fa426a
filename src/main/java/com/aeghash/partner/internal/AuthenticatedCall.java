package com.aeghash.partner.internal;

/**
 * What the authentication filter hands the partner controllers as a request attribute: the authenticated
 * partner, the exact body bytes it signed, and the validated {@code Idempotency-Key} (null for the legacy API).
 */
record AuthenticatedCall(PartnerSettings partner, byte[] rawBody, String idempotencyKey) {

    static final String ATTRIBUTE = "com.aeghash.partner.authenticatedCall";
}
