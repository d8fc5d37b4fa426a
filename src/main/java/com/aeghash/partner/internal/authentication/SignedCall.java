package com.aeghash.partner.internal.authentication;

/**
 * The credentials of one partner call, taken from the headers (JSON API) or the query (legacy API), and the
 * exact bytes they sign. {@code claimedPartner} is the legacy {@code from} parameter (null for the JSON API).
 * Fields are null when absent; {@code scheme} is null when {@code X-AEG-Signature-Version} names no scheme we know
 * (then nothing is signed and the call is malformed).
 */
record SignedCall(
        SignatureScheme scheme,
        String keyId,
        String timestamp,
        String nonce,
        String signatureHex,
        String claimedPartner,
        byte[] signedMessage) {

    boolean hasCredentials() {
        return keyId != null && timestamp != null && nonce != null && signatureHex != null && signedMessage != null;
    }
}
