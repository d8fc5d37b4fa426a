package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.partner.internal.authentication.HmacSignatures.SecretUsed;
import com.aeghash.partner.internal.settings.PartnerSettings;
import com.aeghash.partner.internal.settings.PartnerSettings.PartnerLimits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The signature schemes against vectors computed independently with {@code openssl dgst -sha256 -hmac}. */
class HmacSignaturesTest {

    static final String DEMO_SECRET = "demo-secret-do-not-use-in-production-0001";
    /** printf '1767225600\nnonce-0001\n{body}' | openssl dgst -sha256 -hmac "$DEMO_SECRET" */
    static final String HEADER_VECTOR = "8bafc9dbc64c6116eb9b4f9068a2bf794e243c2cc05005e7e715e07aa78b71bd";
    /** printf 'app=miner&from=demo&...&uid=member-1' | openssl dgst -sha256 -hmac "$DEMO_SECRET" */
    static final String QUERY_VECTOR = "c162273a2d6a33c636b17fd7876bb76b7b826ff1beac47beac2536930497d365";

    static final String BODY = "{\"memberId\":\"member-1\",\"amount\":\"12.5\",\"reference\":\"hp-1\"}";

    @Test
    void headerSignatureCoversTimestampNonceAndRawBody() {
        byte[] message =
                HmacSignatures.headerMessage("1767225600", "nonce-0001", BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(HmacSignatures.hex(Secret.of(DEMO_SECRET), message)).isEqualTo(HEADER_VECTOR);
    }

    @Test
    void legacySignatureCoversTheCanonicalQuery() {
        Map<String, String> query = new TreeMap<>(Map.of(
                "uid",
                "member-1",
                "from",
                "demo",
                "app",
                "miner",
                "hash",
                "12.5",
                "key",
                "demo-key-0001",
                "ts",
                "1767225600",
                "nonce",
                "nonce-0002",
                "sig",
                "ignored"));

        String canonical = LegacyQueryCanonicalizer.canonical(query);

        assertThat(HmacSignatures.hex(Secret.of(DEMO_SECRET), canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(QUERY_VECTOR);
    }

    @Test
    void verifyNamesTheSecretThatSignedAndAcceptsEitherHexCase() {
        byte[] message =
                HmacSignatures.headerMessage("1767225600", "nonce-0001", BODY.getBytes(StandardCharsets.UTF_8));
        PartnerSettings rotating = partner("new-secret-0123456789abcdef-0123456", DEMO_SECRET);
        PartnerSettings rotated = partner("new-secret-0123456789abcdef-0123456", null);

        assertThat(HmacSignatures.verify(rotating, message, HEADER_VECTOR)).isEqualTo(SecretUsed.PREVIOUS);
        assertThat(HmacSignatures.verify(rotating, message, HEADER_VECTOR.toUpperCase()))
                .isEqualTo(SecretUsed.PREVIOUS);
        assertThat(HmacSignatures.verify(partner(DEMO_SECRET, null), message, HEADER_VECTOR))
                .isEqualTo(SecretUsed.CURRENT);
        assertThat(HmacSignatures.verify(rotated, message, HEADER_VECTOR)).isNull();
    }

    @Test
    void malformedSignaturesNeverVerify() {
        byte[] message = "anything".getBytes(StandardCharsets.UTF_8);
        PartnerSettings partner = partner(DEMO_SECRET, null);

        for (String malformed : new String[] {null, "", "abc", "z".repeat(64), HEADER_VECTOR + "00"}) {
            assertThat(HmacSignatures.verify(partner, message, malformed)).isNull();
        }
    }

    static PartnerSettings partner(String secret, String previous) {
        return new PartnerSettings(
                "demo",
                "AEGMALL_DEMO",
                "demo-key-0001",
                Secret.of(secret),
                Secret.ofNullable(previous),
                List.of(),
                false,
                null,
                null,
                new PartnerLimits(100, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));
    }
}
