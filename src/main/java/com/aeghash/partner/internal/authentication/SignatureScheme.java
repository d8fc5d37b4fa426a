package com.aeghash.partner.internal.authentication;

/** How a partner call is signed, as written to the inbound event log. */
public enum SignatureScheme {
    /**
     * {@code X-AEG-*} headers without {@code X-AEG-Signature-Version} (or with {@code 1}): HMAC over timestamp, nonce
     * and body. It does not cover the method, path or query, so a signed body fits any path: accepted for a partner
     * only until its {@code AEGMALL_<PARTNER>_SIGNATURE_V1_UNTIL}.
     */
    V1,
    /**
     * {@code X-AEG-*} headers with {@code X-AEG-Signature-Version: 2}: HMAC over method, path with query, timestamp,
     * nonce and the body's SHA-256 ({@link HmacSignatures#version2Message}).
     */
    V2,
    /**
     * The legacy {@code GET /api/from/}: HMAC over the canonical query, which holds every parameter of the only thing
     * that path can do (credit hash power); not affected by a partner's v1 cut-over.
     */
    LEGACY_QUERY;

    /** Signed in headers, with a nonce that is claimed once per partner. */
    boolean usesHeaders() {
        return this != LEGACY_QUERY;
    }
}
