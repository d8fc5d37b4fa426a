package com.aeghash.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures, checked against the specification's own example and an independent computation. */
class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification (its reference libraries test the same vector). */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void theSpecificationsExampleSignsToItsPublishedValue() {
        assertThat(WebhookSignature.sign(Secret.of(SECRET), ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theSignatureIsTheBase64HmacOfIdTimestampAndBodyKeyedWithTheDecodedSecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
        String byHand = Base64.getEncoder()
                .encodeToString(mac.doFinal((ID + "." + TIMESTAMP + "." + BODY).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.sign(Secret.of(SECRET), ID, TIMESTAMP, BODY))
                .isEqualTo("v1," + byHand);
    }

    @Test
    void severalSecretsGiveSpaceSeparatedSignaturesInTheirOrder() {
        Secret other = WebhookSignature.newSecret();

        String header = WebhookSignature.header(List.of(other, Secret.of(SECRET)), ID, TIMESTAMP, BODY);

        assertThat(header.split(" "))
                .containsExactly(
                        WebhookSignature.sign(other, ID, TIMESTAMP, BODY),
                        "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsWhsecAndTheBase64Of32RandomBytes() {
        String first = WebhookSignature.newSecret().reveal();
        String second = WebhookSignature.newSecret().reveal();

        assertThat(first).startsWith("whsec_").isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first.substring("whsec_".length())))
                .hasSize(32);
    }
}
