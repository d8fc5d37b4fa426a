package com.aeghash.security.internal;

import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * The application for the sign-in tests: its clock moves by hand (a {@link MutableClock} starting now), and it sits
 * with the address thresholds of the sign-in throttle at their defaults, behind a proxy on this machine ({@code server.forward-headers-strategy=native}: the servlet container takes the
 * caller's address from {@code X-Forwarded-For} sent by a loopback peer), so each test can sign in from addresses
 * of its own.
 */
final class SignInTestContext {

    private static final String PROXY = "server.forward-headers-strategy=native";
    /** The defaults of {@code SignInThrottleProperties}, which application-test.yml raises for the shared contexts. */
    private static final String FREE_FAILURES_PER_ADDRESS = "aeghash.security.sign-in.free-failures-per-address=20";

    private static final String LOCK_AFTER_FAILURES_PER_ADDRESS =
            "aeghash.security.sign-in.lock-after-failures-per-address=50";

    private SignInTestContext() {}

    static TestApplication on(TestDatabases.Kind database) {
        return TestApplication.on(database, OnH2.class, OnPostgres.class);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClock {

        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @IntegrationTest
    @Import(MovableClock.class)
    @TestPropertySource(properties = {PROXY, FREE_FAILURES_PER_ADDRESS, LOCK_AFTER_FAILURES_PER_ADDRESS})
    private static final class OnH2 {}

    @PostgresIntegrationTest
    @Import(MovableClock.class)
    @TestPropertySource(properties = {PROXY, FREE_FAILURES_PER_ADDRESS, LOCK_AFTER_FAILURES_PER_ADDRESS})
    private static final class OnPostgres {}
}
