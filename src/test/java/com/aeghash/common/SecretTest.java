package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SecretTest {

    private final Secret secret = Secret.of("very-secret-value-1");

    @Test
    void masksItselfInTextAndJson() {
        record Holder(Secret apiKey) {}

        assertThat(secret.toString()).isEqualTo("******");
        assertThat("" + secret).doesNotContain("very-secret");
        assertThat(JsonMapper.builder().build().writeValueAsString(new Holder(secret)))
                .isEqualTo("{\"apiKey\":\"******\"}");
    }

    @Test
    void fingerprintIdentifiesWithoutRevealing() {
        assertThat(secret.fingerprint()).matches("sha256:[0-9a-f]{8}").doesNotContain("very");
        assertThat(Secret.of("very-secret-value-2").fingerprint()).isNotEqualTo(secret.fingerprint());
    }

    @Test
    void matchesComparesWholeValues() {
        assertThat(secret.matches("very-secret-value-1")).isTrue();
        assertThat(secret.matches("very-secret-value")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void blankIsNotASecret() {
        assertThat(Secret.ofNullable("  ")).isNull();
    }
}
