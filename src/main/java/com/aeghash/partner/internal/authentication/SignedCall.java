package com.aeghash.partner.internal.authentication;

/**
 * The credentials of one partner call, taken from the headers (JSON API) or the query (legacy API), and the
 * exact bytes they sign. {@code claimedPartner} is the legacy {@code from} parameter (null for the JSON API).
 * Fields are null when absent.
 */
record SignedCall(
        Scheme scheme,
        String keyId,
        String timestamp,
        String nonce,
        String signatureHex,
        String claimedPartner,
        byte[] signedMessage) {

    enum Scheme {
        HEADERS,
        LEGACY_QUERY
    }

    boolean hasCredentials() {
        return keyId != null && timestamp != null && nonce != null && signatureHex != null && signedMessage != null;
    }
}
