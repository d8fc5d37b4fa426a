package com.aeghash.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import org.junit.jupiter.api.Test;

/** The key rules every caller of the mechanism gets: required, 8-255 printable ASCII characters. */
class IdempotencyKeyTest {

    @Test
    void eightToTwoHundredFiftyFivePrintableCharactersAreAKey() {
        assertThat(IdempotencyKey.require("abcdefgh")).isEqualTo("abcdefgh");
        assertThat(IdempotencyKey.require("k".repeat(255))).hasSize(255);
        assertThat(IdempotencyKey.require("order 42 / attempt ~1")).isEqualTo("order 42 / attempt ~1");
    }

    @Test
    void aMissingShortLongOrUnprintableKeyIsA400NamingTheHeader() {
        for (String refused : new String[] {null, "short", "k".repeat(256), "tab\tinside", "caf\u00e9-latte"}) {
            assertThatThrownBy(() -> IdempotencyKey.require(refused))
                    .isInstanceOfSatisfying(ApiException.class, missing -> {
                        assertThat(missing.status().value()).isEqualTo(400);
                        assertThat(missing.code()).isEqualTo("idempotency_key_missing");
                        assertThat(missing.field()).isEqualTo("Idempotency-Key");
                    })
                    .hasMessageContaining("Idempotency-Key");
        }
    }
}
