package com.aeghash.partner.internal;

import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.partner.internal.TestPartners.TestPartner;
import com.aeghash.partner.internal.authentication.PartnerSigning;
import com.aeghash.testsupport.ApiClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs and sends partner calls exactly as a partner would (raw bytes, on the shared {@link ApiClient} without
 * operator credentials), with every credential overridable to build the rejection cases.
 */
final class PartnerClient {

    private final ApiClient http;

    PartnerClient(int port) {
        this.http = ApiClient.anonymous(port);
    }

    /** A signed POST with fresh nonce and current timestamp, to be adjusted before {@link Call#send()}. */
    Call post(TestPartner partner, String path, String body, String idempotencyKey) {
        return new Call(partner, path, body, idempotencyKey);
    }

    /** A legacy GET with the given parameters plus key/ts/nonce and the signature over the canonical query. */
    HttpResponse<String> legacy(TestPartner partner, Map<String, String> parameters) {
        Map<String, String> signed = new LinkedHashMap<>(parameters);
        signed.putIfAbsent("key", partner.keyId());
        signed.putIfAbsent("ts", Long.toString(Instant.now().getEpochSecond()));
        signed.putIfAbsent("nonce", "n-" + UUID.randomUUID());
        signed.putIfAbsent("sig", PartnerSigning.querySignature(partner.secret(), signed));
        String query = signed.entrySet().stream()
                .map(entry -> PartnerSigning.encode(entry.getKey()) + "=" + PartnerSigning.encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return http.exchange(
                HttpRequest.newBuilder(http.uri("/api/from/?" + query)).GET());
    }

    /** One signed call being built. */
    final class Call {
        private final String path;
        private final String body;
        private String keyId;
        private String secret;
        private String timestamp = Long.toString(Instant.now().getEpochSecond());
        private String nonce = "n-" + UUID.randomUUID();
        private String idempotencyKey;
        private String signature;
        private boolean version2;
        private String sentTo;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> extraLines = new ArrayList<>();
        private final Set<String> omitted = new HashSet<>();

        private Call(TestPartner partner, String path, String body, String idempotencyKey) {
            this.keyId = partner.keyId();
            this.secret = partner.secret();
            this.path = path;
            this.body = body;
            this.idempotencyKey = idempotencyKey;
        }

        Call key(String value) {
            keyId = value;
            return this;
        }

        Call secret(String value) {
            secret = value;
            return this;
        }

        Call timestamp(long epochSeconds) {
            timestamp = Long.toString(epochSeconds);
            return this;
        }

        Call nonce(String value) {
            nonce = value;
            return this;
        }

        Call signature(String value) {
            signature = value;
            return this;
        }

        Call header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** Signs with scheme 2 (method, path with query, timestamp, nonce, body hash) and says so in a header. */
        Call version2() {
            version2 = true;
            return this;
        }

        /** Sends the call, signed for its own path, to another path (what an attacker holding it would try). */
        Call sendTo(String otherPath) {
            sentTo = otherPath;
            return this;
        }

        /** One more line of a header, sent after the others even when the name repeats. */
        Call headerLine(String name, String value) {
            extraLines.add(Map.entry(name, value));
            return this;
        }

        /** Leaves a header out entirely. */
        Call without(String header) {
            omitted.add(header);
            return this;
        }

        String nonce() {
            return nonce;
        }

        HttpResponse<String> send() {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String signed = signature != null
                    ? signature
                    : version2
                            ? PartnerSigning.version2Signature(secret, "POST", path, timestamp, nonce, bytes)
                            : PartnerSigning.headerSignature(secret, timestamp, nonce, bytes);
            HttpRequest.Builder request = HttpRequest.newBuilder(http.uri(sentTo != null ? sentTo : path))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .header("Content-Type", "application/json");
            Map<String, String> all = new LinkedHashMap<>();
            all.put(PartnerSigning.KEY_HEADER, keyId);
            all.put(PartnerSigning.TIMESTAMP_HEADER, timestamp);
            all.put(PartnerSigning.NONCE_HEADER, nonce);
            all.put(PartnerSigning.SIGNATURE_HEADER, signed);
            all.put(IdempotencyKey.HEADER, idempotencyKey);
            if (version2) {
                all.put(PartnerSigning.VERSION_HEADER, "2");
            }
            all.putAll(headers);
            all.forEach((name, value) -> {
                if (value != null && !omitted.contains(name)) {
                    request.header(name, value);
                }
            });
            extraLines.forEach(line -> request.header(line.getKey(), line.getValue()));
            return http.exchange(request);
        }
    }
}
