package com.aeghash.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What the sandbox banner says when someone opened more than the defaults. */
class SandboxBannerTest {

    @Test
    void aDemoPartnerOpenedBeyondThisMachineAndARemoteDatabaseAreCalledOut() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("server.port", "8081")
                .withProperty("AEGMALL_DEMO_KEY", "demo-key-0001")
                .withProperty("AEGMALL_DEMO_ALLOWED_IPS", "0.0.0.0/0")
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/aeghash?password=x-secret");

        String banner = String.join("\n", new SandboxBanner(environment, new ThisServer(environment)).lines());

        assertThat(banner)
                .contains("NOT local only: AEGMALL_DEMO_ALLOWED_IPS allows 0.0.0.0/0")
                .contains("ON ANOTHER MACHINE (db.internal)")
                .contains("port 8081")
                .doesNotContain("x-secret");
    }

    @Test
    void withoutADemoPartnerItsLineIsLeftOut() {
        MockEnvironment environment = new MockEnvironment();

        String banner = String.join("\n", new SandboxBanner(environment, new ThisServer(environment)).lines());

        assertThat(banner)
                .contains("SANDBOX IS ON", "Database: on this machine")
                .doesNotContain("partner demo");
    }
}
