package com.aeghash.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestEnvironments;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

/** Which databases the sandbox starts on, on environments built in memory. */
class SandboxDatabaseCheckTest {

    @Test
    void embeddedAndLocalDatabasesAreLocal() {
        for (String url : new String[] {
            "",
            "jdbc:h2:file:./data/aeghash;MODE=PostgreSQL",
            "jdbc:h2:mem:test",
            "jdbc:h2:./data/aeghash",
            "jdbc:h2:tcp://localhost:9092/~/test",
            "jdbc:postgresql://127.0.0.1:5432/aeghash",
            "jdbc:postgresql://localhost/aeghash?sslmode=disable",
            "jdbc:postgresql://[::1]:5432/aeghash",
            "jdbc:postgresql://127.0.0.1:5432,localhost:5433/aeghash",
            "jdbc:postgresql:aeghash"
        }) {
            assertThat(SandboxDatabaseCheck.remoteHosts(url)).as(url).isEmpty();
        }
    }

    @Test
    void everyOtherHostOrAnUnreadableUrlIsRemote() {
        assertThat(SandboxDatabaseCheck.remoteHosts("jdbc:postgresql://db.internal:5432/aeghash"))
                .containsExactly("db.internal");
        assertThat(SandboxDatabaseCheck.remoteHosts("jdbc:postgresql://localhost:5432,10.0.0.7:5432/aeghash"))
                .containsExactly("10.0.0.7");
        assertThat(SandboxDatabaseCheck.remoteHosts("jdbc:postgresql://[2001:db8::5]/aeghash"))
                .containsExactly("2001:db8::5");
        assertThat(SandboxDatabaseCheck.remoteHosts("jdbc:h2:tcp://db.internal/~/aeghash"))
                .containsExactly("db.internal");
        assertThat(SandboxDatabaseCheck.remoteHosts("jdbc:postgresql://localhost.example.com/aeghash"))
                .containsExactly("localhost.example.com");
        assertThat(SandboxDatabaseCheck.remoteHosts("jdbc:mysql://localhost/aeghash"))
                .containsExactly("[unknown]");
    }

    @Test
    void aRemoteDatabaseIsRefusedUnlessAllowedAndNeverPrinted() {
        Map<String, Object> values = sandbox("jdbc:postgresql://db.internal:5432/aeghash?password=hunter2-secret");

        String problem = SandboxDatabaseCheck.problemOf(environment(values));

        assertThat(problem)
                .contains("db.internal", "AEGHASH_SANDBOX_ALLOW_REMOTE_DATABASE=true")
                .doesNotContain("hunter2-secret");
        values.put("AEGHASH_SANDBOX_ALLOW_REMOTE_DATABASE", "true");
        assertThat(SandboxDatabaseCheck.problemOf(environment(values))).isNull();
        values.remove("AEGHASH_SANDBOX_ALLOW_REMOTE_DATABASE");
        values.put("aeghash.sandbox.allow-remote-database", "TRUE");
        assertThat(SandboxDatabaseCheck.problemOf(environment(values))).isNull();
        values.put("aeghash.sandbox.allow-remote-database", "yes please");
        assertThat(SandboxDatabaseCheck.problemOf(environment(values))).isNotNull();
    }

    @Test
    void withoutTheSandboxNothingIsChecked() {
        Map<String, Object> values = sandbox("jdbc:postgresql://db.internal:5432/aeghash");
        values.put("aeghash.sandbox.enabled", "false");

        assertThat(SandboxDatabaseCheck.problemOf(environment(values))).isNull();
    }

    private static Map<String, Object> sandbox(String databaseUrl) {
        Map<String, Object> values = new HashMap<>();
        values.put("aeghash.sandbox.enabled", "true");
        values.put("spring.datasource.url", databaseUrl);
        return values;
    }

    /** An environment of these values only (this machine's variables and system properties left out). */
    static StandardEnvironment environment(Map<String, Object> values) {
        return TestEnvironments.of(values);
    }
}
