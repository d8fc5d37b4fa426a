package com.aeghash.idempotency;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A response as stored for idempotent replay: status and the exact JSON body, so a replay is byte for byte the
 * first response. {@code retryAfterSeconds} is set for responses that invite a later retry.
 */
public record IdempotentResponse(int status, String body, boolean replayed, Integer retryAfterSeconds) {

    public static IdempotentResponse of(int status, String body) {
        return new IdempotentResponse(status, body, false, null);
    }

    public IdempotentResponse asReplay() {
        return new IdempotentResponse(status, body, true, null);
    }

    public IdempotentResponse retryAfter(int seconds) {
        return new IdempotentResponse(status, body, replayed, seconds);
    }

    public boolean isProblem() {
        return status >= 400;
    }

    public MediaType contentType() {
        return isProblem() ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON;
    }

    /** The body as UTF-8 bytes, so no message converter re-encodes it with another charset. */
    public ResponseEntity<byte[]> toResponseEntity() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType());
        if (replayed) {
            headers.set(IdempotencyKey.REPLAYED_HEADER, "true");
        }
        if (retryAfterSeconds != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
        }
        return ResponseEntity.status(status).headers(headers).body(body.getBytes(StandardCharsets.UTF_8));
    }
}
