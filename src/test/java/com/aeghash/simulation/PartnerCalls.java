package com.aeghash.simulation;

import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.partner.internal.authentication.PartnerSigning;
import com.aeghash.testsupport.ApiClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Calls of the sandbox's demo partner (application-sandbox.yml), signed as a partner signs them (version 2) with
 * the simulation's time: the service checks the timestamp against its own clock, which is the simulation's.
 */
final class PartnerCalls {

    static final String PARTNER = "demo";
    private static final String KEY_ID = "demo-key-0001";
    private static final String SECRET = "demo-secret-do-not-use-in-production-0001";
    private static final AtomicLong NONCES = new AtomicLong();

    private PartnerCalls() {}

    static HttpResponse<String> post(int port, Clock clock, String path, String body, String idempotencyKey) {
        ApiClient http = ApiClient.anonymous(port);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = "sim-nonce-" + System.nanoTime() + "-" + NONCES.incrementAndGet();
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/json")
                .header(IdempotencyKey.HEADER, idempotencyKey)
                .header(PartnerSigning.KEY_HEADER, KEY_ID)
                .header(PartnerSigning.TIMESTAMP_HEADER, timestamp)
                .header(PartnerSigning.NONCE_HEADER, nonce)
                .header(PartnerSigning.VERSION_HEADER, "2")
                .header(
                        PartnerSigning.SIGNATURE_HEADER,
                        PartnerSigning.version2Signature(SECRET, "POST", path, timestamp, nonce, bytes));
        return http.exchange(request);
    }
}
