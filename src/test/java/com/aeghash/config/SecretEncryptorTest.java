package com.aeghash.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.Secret;
import org.junit.jupiter.api.Test;

class SecretEncryptorTest {

    private static final Secret KEY = Secret.of("u0bLkTzPX8O3a3mUO0p1tdTqNSaCyh3oGJBP7hB6Zy0=");
    private static final Secret OTHER_KEY = Secret.of("c2VjcmV0LWtleS0zMi1ieXRlcy1sb25nLXh4eHh4eHg=");
    private final SecretEncryptor encryptor = new SecretEncryptor(KEY, null);

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        String first = encryptor.encrypt(Secret.of("wallet-key-123"), "wallet:member-1");
        String second = encryptor.encrypt(Secret.of("wallet-key-123"), "wallet:member-1");

        assertThat(first).startsWith("v1:").doesNotContain("wallet-key-123").isNotEqualTo(second);
        assertThat(encryptor.decrypt(first, "wallet:member-1").reveal()).isEqualTo("wallet-key-123");
    }

    @Test
    void ciphertextMovedToAnotherRowDoesNotDecrypt() {
        String ciphertext = encryptor.encrypt(Secret.of("wallet-key-123"), "wallet:member-1");

        assertThatThrownBy(() -> encryptor.decrypt(ciphertext, "wallet:member-2"))
                .hasMessageContaining("does not authenticate");
    }

    @Test
    void tamperedCiphertextIsRejected() {
        String ciphertext = encryptor.encrypt(Secret.of("wallet-key-123"), "ctx");
        char last = ciphertext.charAt(ciphertext.length() - 3);
        String tampered = ciphertext.substring(0, ciphertext.length() - 3)
                + (last == 'A' ? 'B' : 'A')
                + ciphertext.substring(ciphertext.length() - 2);

        assertThatThrownBy(() -> encryptor.decrypt(tampered, "ctx")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void previousKeyStillDecryptsDuringRotation() {
        String underOldKey = new SecretEncryptor(OTHER_KEY, null).encrypt(Secret.of("old-secret"), "ctx");
        SecretEncryptor rotated = new SecretEncryptor(KEY, OTHER_KEY);

        assertThat(rotated.decrypt(underOldKey, "ctx").reveal()).isEqualTo("old-secret");
        assertThat(rotated.needsReencryption(underOldKey)).isTrue();
        assertThatThrownBy(() -> encryptor.decrypt(underOldKey, "ctx")).hasMessageContaining("neither");
    }

    @Test
    void keysOfTheWrongLengthAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> new SecretEncryptor(Secret.of("c2hvcnQ="), null))
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ=");
    }
}
