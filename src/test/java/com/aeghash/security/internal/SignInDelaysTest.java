package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.security.SignInThrottleProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The waits of the sign-in throttle's defaults, failure by failure (docs/operations.md, "Sessions and sign-in"). */
class SignInDelaysTest {

    private static final SignInThrottleProperties DEFAULTS = withUsernameThresholds(5, 10);

    private final SignInThrottle throttle = new SignInThrottle(null, null, DEFAULTS, null, Clock.systemUTC());

    @Test
    void aUserNameHasFiveFreeFailuresThenWaitsDoublingThenIsLockedAtTheTenth() {
        SignInThrottle.Thresholds usernames = throttle.rulesOfUsernames();

        assertThat(throttle.delay(5, usernames)).isEmpty();
        assertThat(throttle.delay(6, usernames)).contains(Duration.ofSeconds(1));
        assertThat(throttle.delay(7, usernames)).contains(Duration.ofSeconds(2));
        assertThat(throttle.delay(9, usernames)).contains(Duration.ofSeconds(8));
        assertThat(throttle.delay(10, usernames)).contains(Duration.ofMinutes(15));
        assertThat(throttle.delay(11, usernames)).contains(Duration.ofMinutes(15));
    }

    @Test
    void anAddressHasTwentyFreeFailuresAndItsWaitsNeverExceedTheLock() {
        SignInThrottle.Thresholds addresses = throttle.rulesOfAddresses();

        assertThat(throttle.delay(20, addresses)).isEqualTo(Optional.empty());
        assertThat(throttle.delay(21, addresses)).contains(Duration.ofSeconds(1));
        assertThat(throttle.delay(30, addresses)).contains(Duration.ofSeconds(512));
        assertThat(throttle.delay(31, addresses)).contains(Duration.ofMinutes(15));
        assertThat(throttle.delay(49, addresses)).contains(Duration.ofMinutes(15));
    }

    @Test
    void thresholdsThatNeverLockAreRefused() {
        assertThatThrownBy(() -> withUsernameThresholds(10, 10)).hasMessageContaining("aeghash.security.sign-in");
    }

    /** The defaults of {@link SignInThrottleProperties} but for the user names' free failures and lock. */
    private static SignInThrottleProperties withUsernameThresholds(int free, int lockAfter) {
        return new SignInThrottleProperties(
                free,
                lockAfter,
                20,
                50,
                Duration.ofSeconds(1),
                Duration.ofMinutes(15),
                Duration.ofHours(1),
                20,
                Duration.ofMinutes(5));
    }
}
