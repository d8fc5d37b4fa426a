package com.aeghash.withdrawal.internal;

import com.aeghash.idempotency.CanonicalJson;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payload hash of a withdrawal request under its Idempotency-Key: the canonical JSON of what the validated
 * request asks, so a retry (same key, same request) tells apart from a conflicting reuse of the key. The amount
 * is a number in that JSON, so it compares by value ({@code 10.5} = {@code 10.50}) whatever its notation.
 */
final class RequestFingerprint {

    static final String OPERATION = "withdrawals.request";

    private RequestFingerprint() {}

    static String of(WithdrawalRequest request, CanonicalJson canonicalJson) {
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("memberId", request.memberId())
                .put("asset", request.asset().name())
                .put("amount", request.amount())
                .put("destination", request.destination())
                .put("ipAddress", request.ipAddress())
                .put("deviceId", request.deviceId())
                .put("geo", request.geo());
        return canonicalJson.hash(OPERATION, payload);
    }
}
