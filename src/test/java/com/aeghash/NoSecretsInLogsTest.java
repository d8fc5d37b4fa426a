package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.testsupport.StartedContexts;
import com.aeghash.testsupport.TestSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of the run (ClassOrderer.OrderAnnotation, see junit-platform.properties)
 * and scans every log line the run wrote for every secret the tests used or registered.
 */
@Order(Integer.MAX_VALUE)
class NoSecretsInLogsTest {

    /** Spring Boot's "Started <main class> in 3.1 seconds" line, one per started context. */
    private static final Pattern STARTUP_LINE = Pattern.compile(" - Started \\S+ in [0-9.]+ seconds");

    private static final Path RUN_LOG =
            Path.of("target", "test-logs", "test-run-" + System.getProperty("aeghash.test-run-id", "local") + ".log");

    @Test
    void noSecretValueAppearsInAnyLogLineOfTheRun() throws IOException {
        assertThat(RUN_LOG).exists();
        List<String> lines = Files.readAllLines(RUN_LOG, StandardCharsets.UTF_8);
        assertThat(lines).as("the run log is being written").isNotEmpty();
        assertThat(lines.stream()
                        .filter(line -> STARTUP_LINE.matcher(line).find())
                        .count())
                .as("every test context started in this JVM appended to the run log (none truncated it)")
                .isGreaterThanOrEqualTo(StartedContexts.count());

        for (String secret : TestSecrets.all()) {
            assertThat(lines)
                    .as("log lines containing a secret (fingerprint %s)", Secret.fingerprintOf(secret))
                    .noneMatch(line -> line.contains(secret));
        }
    }
}
