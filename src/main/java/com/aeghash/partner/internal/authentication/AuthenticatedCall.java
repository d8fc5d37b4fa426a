package com.aeghash.partner.internal.authentication;

import com.aeghash.partner.internal.settings.PartnerSettings;

/**
 * What the authentication filter hands the partner controllers as a request attribute: the authenticated
 * partner, the exact body bytes it signed, and the validated {@code Idempotency-Key} (null for the legacy API).
 */
public record AuthenticatedCall(PartnerSettings partner, byte[] rawBody, String idempotencyKey) {

    public static final String ATTRIBUTE = "com.aeghash.partner.authenticatedCall";
}
