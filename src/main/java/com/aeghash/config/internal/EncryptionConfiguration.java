package com.aeghash.config.internal;

import com.aeghash.common.Secret;
import com.aeghash.config.SecretEncryptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Provides the {@link SecretEncryptor}. Production always has {@code AEGHASH_ENCRYPTION_KEY} (the boot
 * check refuses to start otherwise); elsewhere a missing key is generated once under {@code ./data/} and
 * reused on the next start, and the log says so.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EncryptionConfiguration.class);

    @Bean
    SecretEncryptor secretEncryptor(EncryptionProperties properties, Environment environment) {
        Secret key = properties.key();
        if (key == null) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("AEGHASH_ENCRYPTION_KEY is required in the prod profile");
            }
            key = developmentKey(properties.devKeyFile());
        }
        SecretEncryptor encryptor = new SecretEncryptor(key, properties.previousKey());
        log.info("at-rest encryption key id {}", encryptor.currentKeyId());
        return encryptor;
    }

    private static Secret developmentKey(Path file) {
        try {
            if (Files.exists(file)) {
                log.warn(
                        "using the development encryption key in {} (set AEGHASH_ENCRYPTION_KEY outside development)",
                        file);
                return Secret.of(
                        Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            byte[] bytes = new byte[SecretEncryptor.KEY_BYTES];
            new SecureRandom().nextBytes(bytes);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            restrictToOwner(file);
            log.warn(
                    "generated a development encryption key in {} (set AEGHASH_ENCRYPTION_KEY outside development)",
                    file);
            return Secret.of(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read or create the development encryption key " + file, failure);
        }
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            log.debug("could not restrict permissions of {}", file);
        }
    }
}
