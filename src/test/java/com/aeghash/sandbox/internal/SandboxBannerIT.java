package com.aeghash.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A service started with the sandbox says so loudly in its log: a block of WARN lines naming what is open. The
 * context of this class started before the test ran, so its banner is in this run's log.
 */
@IntegrationTest
class SandboxBannerIT {

    private static final Path RUN_LOG =
            Path.of("target", "test-logs", "test-run-" + System.getProperty("aeghash.test-run-id", "local") + ".log");

    @Test
    void theStartedSandboxLogsAWarningBlockNamingWhatIsOpen() throws IOException {
        List<String> warnings = Files.readAllLines(RUN_LOG).stream()
                .filter(line -> line.contains(" WARN ") && line.contains("SandboxBanner"))
                .toList();

        assertThat(String.join("\n", warnings))
                .contains(
                        "SANDBOX IS ON",
                        "/sandbox/mblock/bsc",
                        "/sandbox/hashdam/v1",
                        "/sandbox/faults",
                        "demo-key-0001",
                        "callers on this machine only",
                        "transit callbacks go only to this server");
    }
}
