package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A console session ends 8 hours after sign-in however busy it is ({@code aeghash.security.session.absolute-timeout}),
 * and after 30 minutes without a request ({@code server.servlet.session.timeout}).
 */
@OnEachDatabase
class SessionLifetimeIT extends RunningApplicationTest {

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    SessionLifetimeIT(TestDatabases.Kind database) {
        super(SignInTestContext.on(database));
    }

    @Test
    void aSessionEndsEightHoursAfterSignInHoweverBusy() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        BrowserSession browser = OperatorFixtures.signedIn(port, operator);

        clock.advance(Duration.ofHours(8).minusMinutes(1));
        int justBefore = browser.get("/api/v1/members/member-1/balances").statusCode();
        clock.advance(Duration.ofMinutes(1));
        int atEightHours = browser.get("/api/v1/members/member-1/balances").statusCode();

        assertThat(justBefore).isEqualTo(200);
        assertThat(atEightHours).isEqualTo(401);
        assertThat(browser.get("/console").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(OperatorFixtures.signedIn(port, operator)
                        .get("/api/v1/members/member-1/balances")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        OperatorFixtures.signedIn(port, operator);

        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :name")
                        .param("name", operator)
                        .query(Integer.class)
                        .list())
                .containsExactly(1800);
    }

    @Test
    void theCleanupDeletesExpiredSessionsOnly() {
        String expired = OperatorFixtures.operator(port, "FINANCE");
        String active = OperatorFixtures.operator(port, "FINANCE");
        OperatorFixtures.signedIn(port, expired);
        OperatorFixtures.signedIn(port, active);
        jdbc.sql("UPDATE spring_session SET expiry_time = 0 WHERE principal_name = :name")
                .param("name", expired)
                .update();

        sessions.cleanUpExpiredSessions();

        assertThat(sessionsOf(expired)).isZero();
        assertThat(sessionsOf(active)).isEqualTo(1);
    }

    private long sessionsOf(String operator) {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :name")
                .param("name", operator)
                .query(Long.class)
                .single();
    }
}
