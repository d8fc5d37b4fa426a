package com.aeghash.partner.internal.authentication;

import org.springframework.http.HttpStatus;

/** Result of authenticating a partner call, as written to the inbound event log, with the response it implies. */
public enum SignatureCheck {
    /** Signed with the partner's current secret. */
    VALID_CURRENT(HttpStatus.OK, null, null),
    /** Signed with the previous secret, still accepted during a rotation. */
    VALID_PREVIOUS(HttpStatus.OK, null, null),
    /** A required credential (key, timestamp, nonce, signature) is absent or malformed. */
    MALFORMED(
            HttpStatus.UNAUTHORIZED,
            "invalid_signature",
            "X-AEG-Key, X-AEG-Timestamp (Unix seconds), X-AEG-Nonce (8-64 of A-Z a-z 0-9 . _ -) and "
                    + "X-AEG-Signature (sha256=<64 hex digits>) are required; X-AEG-Signature-Version, when sent, "
                    + "is 1 or 2"),
    /** Signed with scheme 1 after the partner's {@code AEGMALL_<PARTNER>_SIGNATURE_V1_UNTIL}. */
    V1_RETIRED(
            HttpStatus.UNAUTHORIZED,
            "signature_v1_retired",
            "signature version 1 is no longer accepted for this partner: sign with version 2 and send "
                    + "X-AEG-Signature-Version: 2"),
    /** No partner has this key id, or a legacy call's {@code from} is not the key's partner. */
    UNKNOWN_KEY(HttpStatus.UNAUTHORIZED, "invalid_signature", "signature check failed"),
    /** The signature matches neither the current nor the previous secret. */
    BAD_SIGNATURE(HttpStatus.UNAUTHORIZED, "invalid_signature", "signature check failed"),
    /** The timestamp is further from our clock than the allowed window. */
    STALE_TIMESTAMP(HttpStatus.UNAUTHORIZED, "invalid_signature", "timestamp is outside the allowed window"),
    /** The nonce was used before by this partner within the window. */
    REPLAYED_NONCE(HttpStatus.UNAUTHORIZED, "invalid_signature", "nonce was already used"),
    /** The source address is outside the partner's allowed CIDRs. */
    IP_NOT_ALLOWED(HttpStatus.FORBIDDEN, "ip_not_allowed", "the source address is not allowed for this partner"),
    /** Above the partner's rate limit (per instance). */
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "rate limit exceeded; retry later");

    private final HttpStatus status;
    private final String code;
    private final String detail;

    SignatureCheck(HttpStatus status, String code, String detail) {
        this.status = status;
        this.code = code;
        this.detail = detail;
    }

    public boolean isValid() {
        return this == VALID_CURRENT || this == VALID_PREVIOUS;
    }

    /**
     * The caller did not prove it is the partner it names (or named none): everything but a valid signature and a
     * partner over its own rate limit. These count against the source address's failure budget.
     */
    boolean isAuthenticationFailure() {
        return !isValid() && this != RATE_LIMITED;
    }

    /** Failures that count towards the "repeated signature failures" alert. */
    boolean isSignatureFailure() {
        return this == MALFORMED
                || this == V1_RETIRED
                || this == UNKNOWN_KEY
                || this == BAD_SIGNATURE
                || this == STALE_TIMESTAMP
                || this == REPLAYED_NONCE;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String detail() {
        return detail;
    }
}
