package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The test vectors of {@code docs/partner-integration.md}: the service computes exactly the signatures the guide
 * promises, and the guide still shows exactly these numbers (a change to either side fails here). The values were
 * computed independently with {@code openssl dgst -sha256 -hmac} and Python's {@code hmac}.
 */
class PartnerGuideVectorsTest {

    private static final Path GUIDE = Path.of("docs/partner-integration.md");
    private static final String SECRET = "demo-secret-do-not-use-in-production-0001";
    private static final String TIMESTAMP = "1796180709";

    /** Version 2: a refund, so the vector shows that the order's path is signed. */
    static final String V2_METHOD = "POST";

    static final String V2_PATH = "/api/aegmall/v1/orders/ORD-VECTOR-2/refund";
    static final String V2_NONCE = "vector-nonce-0002";
    static final String V2_BODY = "{\"reason\":\"returned\"}";
    static final String V2_BODY_SHA256 = "20b7722e198e2b17d14892529970300a3a7c48029cb8132642f5471a13457fc5";
    static final String V2_SIGNATURE = "90507303c8a97edbf5f7f728a8fe1ec4e64daead83e8b1a54f0614c7c05f2f59";
    /** The same call's signature had it been sent to order ORD-VECTOR-3: it differs. */
    static final String V2_SIGNATURE_OTHER_ORDER = "2e4d564ace4f4409d6604f6bb08b8fb13b4bdb7b67b750dfc54852b81a3510d9";

    static final String V1_NONCE = "vector-nonce-0001";
    static final String V1_BODY = "{\"orderId\":\"ORD-VECTOR-1\",\"memberId\":\"carol\",\"totalAmount\":\"10.00\","
            + "\"pvAmount\":\"100\",\"channel\":\"shop\"}";
    static final String V1_SIGNATURE = "12977589c8baac1ea897b0babdc6958db3099855d0eff4517c72216b6df1cd8a";

    static final String LEGACY_QUERY =
            "app=miner&from=demo&hash=2.5&key=demo-key-0001&nonce=legacy-vector-0001&ts=1796180709&uid=carol";
    static final String LEGACY_SIGNATURE = "3d83bedbe9eedf4034d80216cf8939cdee830b705a4c885d7c7a486ecb4785f5";

    @Test
    void version2VectorIsWhatTheServiceComputes() {
        byte[] message = HmacSignatures.version2Message(
                V2_METHOD, V2_PATH, TIMESTAMP, V2_NONCE, V2_BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(new String(message, StandardCharsets.UTF_8))
                .isEqualTo("AEG2-HMAC-SHA256\nPOST\n" + V2_PATH + "\n" + TIMESTAMP + "\n" + V2_NONCE + "\n"
                        + V2_BODY_SHA256);
        assertThat(HmacSignatures.hex(Secret.of(SECRET), message)).isEqualTo(V2_SIGNATURE);
        assertThat(PartnerSigning.version2Signature(
                        SECRET, V2_METHOD, V2_PATH, TIMESTAMP, V2_NONCE, V2_BODY.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=" + V2_SIGNATURE);
        assertThat(HmacSignatures.hex(
                        Secret.of(SECRET),
                        HmacSignatures.version2Message(
                                V2_METHOD,
                                V2_PATH.replace("ORD-VECTOR-2", "ORD-VECTOR-3"),
                                TIMESTAMP,
                                V2_NONCE,
                                V2_BODY.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(V2_SIGNATURE_OTHER_ORDER);
    }

    @Test
    void version1AndLegacyVectorsAreWhatTheServiceComputes() {
        byte[] version1 = HmacSignatures.headerMessage(TIMESTAMP, V1_NONCE, V1_BODY.getBytes(StandardCharsets.UTF_8));
        Map<String, String> legacy = new LinkedHashMap<>();
        for (String pair : LEGACY_QUERY.split("&")) {
            legacy.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }

        assertThat(HmacSignatures.hex(Secret.of(SECRET), version1)).isEqualTo(V1_SIGNATURE);
        assertThat(LegacyQueryCanonicalizer.canonical(legacy)).isEqualTo(LEGACY_QUERY);
        assertThat(PartnerSigning.querySignature(SECRET, legacy)).isEqualTo(LEGACY_SIGNATURE);
    }

    @Test
    void theGuideShowsTheseVectors() throws IOException {
        String guide = Files.readString(GUIDE);

        assertThat(guide)
                .contains(
                        "`" + V2_PATH + "`",
                        "`" + V2_NONCE + "`",
                        "`" + V2_BODY + "`",
                        V2_BODY_SHA256,
                        "sha256=" + V2_SIGNATURE,
                        V2_SIGNATURE_OTHER_ORDER,
                        "`" + TIMESTAMP + "`",
                        "sha256=" + V1_SIGNATURE,
                        "`" + V1_BODY + "`",
                        "`" + LEGACY_QUERY + "`",
                        "`" + LEGACY_SIGNATURE + "`");
    }
}
