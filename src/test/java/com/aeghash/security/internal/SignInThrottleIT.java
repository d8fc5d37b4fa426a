package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.AlertHistory;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestDatabases;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Wrong passwords cost time, then a temporary lock, per user name and per source address, on the console's form as
 * with HTTP Basic; failures are audited and a burst raises one alert. Each test signs in from addresses of its own
 * (the test application trusts {@code X-Forwarded-For} from this machine, {@link SignInTestContext}).
 */
@OnEachDatabase
class SignInThrottleIT extends RunningApplicationTest {

    private static final String BALANCES = "/api/v1/members/member-1/balances";

    @Autowired
    MutableClock clock;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AlertHistory alertHistory;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UnitOfWork unitOfWork;

    private String address;

    SignInThrottleIT(TestDatabases.Kind database) {
        super(SignInTestContext.on(database));
    }

    @BeforeEach
    void anAddressOfItsOwn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        address = "10." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }

    @Test
    void fortyWrongPasswordsThenTheRightOneIsRefusedWithBasicUntilTheLockExpires() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        for (int attempt = 0; attempt < 40; attempt++) {
            assertThat(basic(operator, "wrong-password-" + attempt).status()).isIn(401, 429);
        }

        ApiClient.Response refused = basic(operator, OperatorFixtures.passwordOf(operator));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.text("code")).isEqualTo("too_many_sign_in_failures");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
        clock.advance(Duration.ofMinutes(16));
        assertThat(basic(operator, OperatorFixtures.passwordOf(operator)).status())
                .isEqualTo(200);
    }

    @Test
    void fortyWrongPasswordsTwentySecondsApartThenTheRightOneIsRefusedOnTheSignInFormUntilTheLockExpires() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        for (int attempt = 0; attempt < 40; attempt++) {
            browser().signIn(operator, "wrong-password-" + attempt);
            clock.advance(Duration.ofSeconds(20));
        }

        HttpResponse<String> refused = browser().signIn(operator, OperatorFixtures.passwordOf(operator));
        HttpResponse<String> unknownUser = browser().signIn("nobody-" + operator, "wrong-password");

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?throttled"));
        assertThat(browser().get("/login?throttled").body())
                .contains("Too many sign-in attempts")
                .doesNotContain(operator);
        assertThat(unknownUser.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        clock.advance(Duration.ofMinutes(16));
        assertThat(browser()
                        .signIn(operator, OperatorFixtures.passwordOf(operator))
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/console"));
    }

    @Test
    void aSuccessForgetsTheUserNamesFailures() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        for (int round = 0; round < 3; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThat(basic(operator, "wrong-password").status()).isEqualTo(401);
            }
            assertThat(basic(operator, OperatorFixtures.passwordOf(operator)).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void onePasswordSprayedOverManyUserNamesFromOneAddressIsThrottledByTheAddress() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        for (int name = 0; name < 25; name++) {
            basic("sprayed-" + name + "-" + operator, "Winter2026!-spray");
        }

        ApiClient.Response fromTheSprayer = basic(operator, OperatorFixtures.passwordOf(operator));
        anAddressOfItsOwn();
        ApiClient.Response fromElsewhere = basic(operator, OperatorFixtures.passwordOf(operator));

        assertThat(fromTheSprayer.status()).isEqualTo(429);
        assertThat(fromElsewhere.status()).isEqualTo(200);
    }

    @Test
    void eachFailureOfAnOperatorIsAuditedWithItsAddressAndTheLockOnce() {
        String operator = OperatorFixtures.operator(port, "FINANCE");

        lockOut(operator);

        assertThat(auditLog.recent("operator.sign_in_failed", 500))
                .filteredOn(entry -> operator.equals(entry.target()))
                .hasSize(10)
                .allSatisfy(entry -> assertThat(entry.details()).containsEntry("sourceAddress", address));
        assertThat(auditLog.recent("operator.sign_in_locked", 500))
                .filteredOn(entry -> entry.target().equals("username:" + operator))
                .hasSize(1);
    }

    @Test
    void aBurstOfFailuresRaisesOneAlert() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        for (int attempt = 0; attempt < 35; attempt++) {
            basic(operator, "wrong-password-" + attempt);
        }

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(alertHistory.recent(500))
                        .filteredOn(alert -> alert.alert().title().equals("Burst of failed sign-ins"))
                        .filteredOn(alert -> ("username:" + operator)
                                .equals(alert.alert().fields().get("subject")))
                        .hasSize(1));
    }

    @Test
    void anAdministratorLiftsALockAndANewPasswordLiftsItToo() {
        String operator = OperatorFixtures.operator(port, "FINANCE");
        String subject = "username:" + operator;
        ApiClient admin = ApiClient.admin(port);
        lockOut(operator);

        String locks = admin.get("/api/v1/sign-in-locks").body();
        ApiClient.Response lifted = admin.delete("/api/v1/sign-in-locks?subject=" + subject);
        ApiClient.Response malformed = admin.delete("/api/v1/sign-in-locks?subject=" + operator);
        ApiClient.Response byNonAdmin = ApiClient.as(port, operator, OperatorFixtures.passwordOf(operator))
                .header("X-Forwarded-For", address)
                .delete("/api/v1/sign-in-locks?subject=" + subject);

        assertThat(locks).contains("\"subject\":\"" + subject + "\"");
        assertThat(lifted.status()).isEqualTo(204);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(byNonAdmin.status()).isEqualTo(403);
        assertThat(auditLog.recent("operator.sign_in_unlocked", 500))
                .filteredOn(entry -> entry.target().equals(subject))
                .hasSize(1);
        anAddressOfItsOwn();
        lockOut(operator);
        unitOfWork.inTransaction(() -> events.publishEvent(new OperatorAccessChanged(operator, "password")));
        assertThat(basic(operator, OperatorFixtures.passwordOf(operator)).status())
                .isEqualTo(200);
    }

    /** Twelve wrong passwords twenty seconds apart: the user name is locked, the right password refused. */
    private void lockOut(String operator) {
        for (int attempt = 0; attempt < 12; attempt++) {
            basic(operator, "wrong-password-" + attempt);
            clock.advance(Duration.ofSeconds(20));
        }
        assertThat(basic(operator, OperatorFixtures.passwordOf(operator)).status())
                .isEqualTo(429);
    }

    private ApiClient.Response basic(String username, String password) {
        return ApiClient.as(port, username, password)
                .header("X-Forwarded-For", address)
                .get(BALANCES);
    }

    private BrowserSession browser() {
        return new BrowserSession(port).header("X-Forwarded-For", address);
    }
}
