package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failure budget per source address, without HTTP. */
class FailedCallLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final FailedCallLimiter limiter = new FailedCallLimiter(3, Duration.ofMinutes(1), clock);

    @Test
    void anAddressIsWithinItsBudgetForItsFirstFailuresOnly() {
        assertThat(limiter.withinBudget("198.51.100.1")).isTrue();
        assertThat(limiter.withinBudget("198.51.100.1")).isTrue();
        assertThat(limiter.withinBudget("198.51.100.1")).isTrue();
        assertThat(limiter.withinBudget("198.51.100.1")).isFalse();
        assertThat(limiter.withinBudget("198.51.100.2")).isTrue();
    }

    @Test
    void theBudgetComesBackWithTheNextWindow() {
        for (int failure = 0; failure < 4; failure++) {
            limiter.withinBudget("198.51.100.1");
        }

        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.withinBudget("198.51.100.1")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.withinBudget("198.51.100.1")).isTrue();
        assertThat(limiter.retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void ipv6AddressesShareTheBudgetOfTheirSlash64() {
        assertThat(FailedCallLimiter.subjectOf("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(FailedCallLimiter.subjectOf("198.51.100.1")).isEqualTo("198.51.100.1");
        limiter.withinBudget("2001:db8:1:2::1");
        limiter.withinBudget("2001:db8:1:2:ffff::9");
        limiter.withinBudget("2001:db8:1:2::abcd");

        assertThat(limiter.withinBudget("2001:db8:1:2::77")).isFalse();
        assertThat(limiter.withinBudget("2001:db8:1:3::1")).isTrue();
    }

    @Test
    void whenTheTableOfAddressesIsFullNewAddressesAreOverBudgetUntilWindowsEnd() {
        for (int address = 0; address < FailedCallLimiter.ADDRESSES_MAX; address++) {
            assertThat(limiter.withinBudget(
                            "10." + (address / 65536) + "." + (address / 256 % 256) + "." + address % 256))
                    .isTrue();
        }

        assertThat(limiter.withinBudget("198.51.100.1")).isFalse();
        assertThat(limiter.withinBudget("10.0.0.1")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.withinBudget("198.51.100.1")).isTrue();
    }

    @Test
    void concurrentFailuresOfOneAddressNeverExceedItsBudget() throws Exception {
        FailedCallLimiter shared = new FailedCallLimiter(500, Duration.ofMinutes(1), clock);

        List<Integer> withinBudget = Concurrently.run(8, thread -> {
            int accepted = 0;
            for (int failure = 0; failure < 200; failure++) {
                accepted += shared.withinBudget("198.51.100.9") ? 1 : 0;
            }
            return accepted;
        });

        assertThat(withinBudget.stream().mapToInt(Integer::intValue).sum()).isEqualTo(500);
    }
}
