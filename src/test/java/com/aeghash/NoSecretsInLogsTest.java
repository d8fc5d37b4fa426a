package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of the run (junit-platform.properties orders classes by {@link Order})
 * and scans the run's whole log for every secret the tests used or created ({@link TestSecrets}): fixed test
 * keys, generated passwords, and the wallet keys the simulators handed out.
 */
@Order(Integer.MAX_VALUE)
class NoSecretsInLogsTest {

    private static final Path RUN_LOG = Path.of("target", "test-logs", "test-run.log");

    @Test
    void noSecretAppearsInAnyLogLineOfTheRun() throws IOException {
        assertThat(RUN_LOG).as("the run's log file (logback-test.xml)").exists();
        String log = Files.readString(RUN_LOG, StandardCharsets.UTF_8);

        assertThat(TestSecrets.all()).isNotEmpty();
        for (String secret : TestSecrets.all()) {
            assertThat(log.contains(secret)).as("a secret of fingerprint %s appears in %s",
                    com.aeghash.common.Secret.fingerprintOf(secret), RUN_LOG).isFalse();
        }
    }
}
