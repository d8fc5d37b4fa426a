package com.aeghash;

import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.partner.internal.authentication.PartnerSigning;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The sandbox's documented demo partner (application-sandbox.yml), signing its calls as a partner does. */
final class DemoPartner {

    private static final String KEY_ID = "demo-key-0001";
    private static final String SECRET = "demo-secret-do-not-use-in-production-0001";

    private DemoPartner() {}

    /** Adds the demo partner's signature headers (version 2, fresh timestamp and nonce) for the call. */
    static HttpRequest.Builder sign(HttpRequest.Builder request, String method, String path, byte[] body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = TestIds.unique("nonce");
        return request.header(PartnerSigning.KEY_HEADER, KEY_ID)
                .header(PartnerSigning.TIMESTAMP_HEADER, timestamp)
                .header(PartnerSigning.NONCE_HEADER, nonce)
                .header(PartnerSigning.VERSION_HEADER, "2")
                .header(
                        PartnerSigning.SIGNATURE_HEADER,
                        PartnerSigning.version2Signature(SECRET, method, path, timestamp, nonce, body));
    }

    /** A signed JSON POST under the idempotency key. */
    static HttpResponse<String> post(int port, String path, String body, String idempotencyKey) {
        ApiClient http = ApiClient.anonymous(port);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/json")
                .header(IdempotencyKey.HEADER, idempotencyKey);
        return http.exchange(sign(request, "POST", path, bytes));
    }
}
