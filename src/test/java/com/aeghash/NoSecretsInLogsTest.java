package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of the run (ClassOrderer.OrderAnnotation, see junit-platform.properties)
 * and scans every log line the run wrote for every secret the tests used or registered.
 */
@Order(Integer.MAX_VALUE)
class NoSecretsInLogsTest {

    private static final Path RUN_LOG = Path.of("target/test-logs/test-run.log");

    @Test
    void noSecretValueAppearsInAnyLogLineOfTheRun() throws IOException {
        assertThat(RUN_LOG).exists();
        List<String> lines = Files.readAllLines(RUN_LOG, StandardCharsets.UTF_8);
        assertThat(lines).as("the run log is being written").isNotEmpty();

        for (String secret : TestSecrets.all()) {
            assertThat(lines).as("log lines containing a secret (fingerprint %s)",
                    com.aeghash.common.Secret.fingerprintOf(secret))
                    .noneMatch(line -> line.contains(secret));
        }
    }
}
