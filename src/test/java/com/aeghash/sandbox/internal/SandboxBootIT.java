package com.aeghash.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.AeghashApplication;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

/** Starting the real application in the sandbox profile against a database on another machine fails at once. */
@ExtendWith(OutputCaptureExtension.class)
class SandboxBootIT {

    @Test
    void theSandboxRefusesADatabaseOnAnotherMachineBeforeConnectingToIt(CapturedOutput output) {
        Map<String, Object> values = new HashMap<>();
        values.put("DATABASE_URL", "jdbc:postgresql://db.invalid:5432/aeghash");
        values.put("DATABASE_PASSWORD", "a-database-password-that-must-not-print");

        assertThatThrownBy(() -> start(values))
                .hasStackTraceContaining("DATABASE_URL")
                .hasStackTraceContaining("AEGHASH_SANDBOX_ALLOW_REMOTE_DATABASE");
        assertThat(output.getAll())
                .contains("The sandbox refuses to start")
                .doesNotContain("a-database-password-that-must-not-print")
                .doesNotContain("Flyway");
    }

    private static void start(Map<String, Object> values) {
        StandardEnvironment environment = SandboxDatabaseCheckTest.environment(values);
        environment.setActiveProfiles("sandbox");
        new SpringApplicationBuilder(AeghashApplication.class)
                .environment(environment)
                .properties("server.port=0", "aeghash.scheduling.enabled=false", "AEGHASH_ENV_FILE=/nonexistent/.env")
                .run();
    }
}
