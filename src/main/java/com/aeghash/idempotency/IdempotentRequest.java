package com.aeghash.idempotency;

/**
 * A request under an idempotency key: the caller that owns the key ({@code scope}, see {@link #partner} and
 * {@link #operator}), the key, the operation, the SHA-256 of operation and canonical payload
 * ({@link CanonicalJson}), and the request path (the {@code instance} of problem responses).
 */
public record IdempotentRequest(
        String scope, String idempotencyKey, String operation, String requestHash, String path) {

    /** The scope of a partner's keys. */
    public static String partner(String partnerId) {
        return "partner:" + partnerId;
    }

    /** The scope of an operator's keys (a person or a service client such as the member app). */
    public static String operator(String username) {
        return "operator:" + username;
    }
}
