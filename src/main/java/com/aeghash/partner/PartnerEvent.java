package com.aeghash.partner;

import java.time.Instant;

/**
 * One partner call of the inbound event log (without its request body).
 *
 * @param signatureCheck  {@code VALID_CURRENT}, {@code VALID_PREVIOUS}, {@code BAD_SIGNATURE}, {@code IP_NOT_ALLOWED}, ...
 * @param signatureScheme {@code V1}, {@code V2} or {@code LEGACY_QUERY}; null when the call named no scheme we know
 * @param responseCode    the problem code of an error response, null for a success
 * @param reprocessable   failed (5xx) after a valid signature and not fixed by a re-processing since
 * @param reprocessedAt   the last administrator re-processing, null when never re-processed (then so are the
 *                        three fields after it)
 */
public record PartnerEvent(
        long id,
        Instant receivedAt,
        String partnerId,
        String keyId,
        String remoteAddress,
        String method,
        String path,
        String idempotencyKey,
        String signatureCheck,
        String signatureScheme,
        int responseStatus,
        String responseCode,
        boolean replayed,
        long durationMillis,
        boolean reprocessable,
        Instant reprocessedAt,
        String reprocessedBy,
        Integer reprocessStatus,
        String reprocessCode) {}
