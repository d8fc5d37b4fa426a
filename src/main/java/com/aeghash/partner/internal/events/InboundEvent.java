package com.aeghash.partner.internal.events;

import com.aeghash.partner.internal.authentication.SignatureCheck;
import com.aeghash.partner.internal.authentication.SignatureScheme;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A row of the inbound event log: one partner call. {@code keyId} is the key id of a known partner, or only the
 * fingerprint of what was presented otherwise (a partner that mixed up key and secret must not leak its secret
 * into the log). {@code requestBody}/{@code queryText} are kept only for calls with a valid signature.
 * {@code responseCode} is the problem code of an error response (column {@code outcome_code}, JSON
 * {@code outcomeCode} as operators' tools read it).
 */
public record InboundEvent(
        long id,
        Instant receivedAt,
        String partnerId,
        String keyId,
        String remoteAddress,
        String method,
        String path,
        String queryText,
        String idempotencyKey,
        SignatureCheck signatureCheck,
        SignatureScheme signatureScheme,
        String requestBody,
        int responseStatus,
        @JsonProperty("outcomeCode") String responseCode,
        boolean replayed,
        long durationMillis,
        Reprocessing reprocessing) {

    /** The last administrator re-processing of a failed event; null when never re-processed. */
    public record Reprocessing(Instant at, String by, int status, String code) {}

    /** Failed for a reason other than the request itself (5xx) after a valid signature, and not fixed since. */
    public boolean isReprocessable() {
        boolean failed = reprocessing == null ? responseStatus >= 500 : reprocessing.status() >= 500;
        return signatureCheck.isValid() && failed;
    }

    InboundEvent withId(long newId) {
        return copy(newId, reprocessing);
    }

    InboundEvent withReprocessing(Reprocessing done) {
        return copy(id, done);
    }

    private InboundEvent copy(long newId, Reprocessing newReprocessing) {
        return new InboundEvent(
                newId,
                receivedAt,
                partnerId,
                keyId,
                remoteAddress,
                method,
                path,
                queryText,
                idempotencyKey,
                signatureCheck,
                signatureScheme,
                requestBody,
                responseStatus,
                responseCode,
                replayed,
                durationMillis,
                newReprocessing);
    }
}
