package com.aeghash.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.AeghashApplication;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestSecrets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starting the real application with the prod profile: an unsafe environment fails, naming every problem; a complete
 * one serves the console's session cookie as production needs it.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionBootIT {

    @Test
    void prodWithoutItsVariablesRefusesToStartAndNamesEachOne(CapturedOutput output) {
        Map<String, Object> values = new HashMap<>();
        values.put("MBLOCK_API_KEY", "a-secret-value-that-must-not-print");

        assertThatThrownBy(() -> start(values))
                .isInstanceOf(ProductionConfigurationException.class)
                .hasMessageContaining("DATABASE_URL is missing")
                .hasMessageContaining("HASHDAM_API_KEY is missing")
                .hasMessageContaining("ALERT_WEBHOOK_URL is missing")
                .hasMessageContaining("AEGHASH_ENCRYPTION_KEY is missing")
                .hasMessageContaining("MBLOCK_API_BASE_URL is missing");
        assertThat(output.getAll())
                .contains("The prod profile refuses to start")
                .doesNotContain("a-secret-value-that-must-not-print");
    }

    /**
     * The session cookie as {@code prod} sends it: {@code Secure} (the server behind the TLS proxy sees plain http),
     * {@code HttpOnly} and {@code SameSite=Strict}. On PostgreSQL, the database {@code prod} allows; schedules off,
     * so no job calls a vendor.
     */
    @Test
    void prodSendsTheSessionCookieSecureHttpOnlyAndStrict() throws Exception {
        TestDatabases.requirePostgres();
        Map<String, Object> values = ProductionReadinessCheckTest.completeProduction();
        String database = PostgresTestDatabase.createSchemaUrl();
        values.put("DATABASE_URL", database);
        values.put("spring.datasource.url", database);
        values.put("DATABASE_USERNAME", PostgresTestDatabase.USER);
        values.put("DATABASE_PASSWORD", PostgresTestDatabase.PASSWORD);
        values.put("AEGHASH_ADMIN_PASSWORD", TestSecrets.ADMIN_PASSWORD);
        values.put("aeghash.scheduling.enabled", "false");

        try (ConfigurableApplicationContext prod = start(values)) {
            String port = prod.getEnvironment().getProperty("local.server.port");
            String cookie =
                    ApiClient.anonymous(Integer.parseInt(port)).get("/login").header("Set-Cookie");

            assertThat(cookie).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Strict");
        }
    }

    /**
     * Starts on a free port: the port goes into the test's environment, above application.yml's
     * {@code server.port: ${PORT:8080}} (a default property would lose to it and take 8080, failing whenever a
     * developer's service runs there).
     */
    private static ConfigurableApplicationContext start(Map<String, Object> values) {
        Map<String, Object> onAFreePort = new HashMap<>(values);
        onAFreePort.put("server.port", "0");
        var environment = ProductionReadinessCheckTest.environment(onAFreePort);
        environment.setActiveProfiles("prod");
        return new SpringApplicationBuilder(AeghashApplication.class)
                .environment(environment)
                .run();
    }
}
