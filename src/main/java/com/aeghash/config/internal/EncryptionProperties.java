package com.aeghash.config.internal;

import com.aeghash.common.Secret;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Key of the at-rest encryptor. {@code AEGHASH_ENCRYPTION_KEY} (base64 of 32 bytes) is required in
 * production; {@code AEGHASH_ENCRYPTION_KEY_PREVIOUS} keeps old ciphertexts readable during a rotation.
 * Without a key, and only outside {@code prod}, a development key is generated at {@code devKeyFile}.
 */
@ConfigurationProperties("aeghash.encryption")
record EncryptionProperties(
        Secret key,
        Secret previousKey,
        @DefaultValue("./data/dev-encryption.key") Path devKeyFile) {}
