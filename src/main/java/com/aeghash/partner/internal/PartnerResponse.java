package com.aeghash.partner.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An answer of the partner API as stored for idempotent replay: status and the exact JSON body, so a replay
 * is byte for byte the first answer. {@code retryAfterSeconds} is set for answers that invite a later retry.
 */
record PartnerResponse(int status, String body, boolean replayed, Integer retryAfterSeconds) {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    static PartnerResponse of(int status, String body) {
        return new PartnerResponse(status, body, false, null);
    }

    PartnerResponse asReplay() {
        return new PartnerResponse(status, body, true, null);
    }

    PartnerResponse retryAfter(int seconds) {
        return new PartnerResponse(status, body, replayed, seconds);
    }

    boolean isProblem() {
        return status >= 400;
    }

    MediaType contentType() {
        return isProblem() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
    }

    /** The body as UTF-8 bytes, so no message converter re-encodes it with another charset. */
    ResponseEntity<byte[]> toResponseEntity() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType());
        if (replayed) {
            headers.set(REPLAYED_HEADER, "true");
        }
        if (retryAfterSeconds != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        return ResponseEntity.status(status).headers(headers).body(body.getBytes(StandardCharsets.UTF_8));
    }
}
