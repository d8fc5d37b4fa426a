package com.aeghash.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins (console form and HTTP Basic alike) are slowed down ({@code aeghash.security.sign-in.*}).
 * Failures are counted per user name (as typed, known or not) and per source address. Past the free failures of a
 * subject each further failure makes it wait {@code firstDelay}, doubling with every failure; at the lock threshold it
 * is locked for {@code lockDuration}. While a subject waits or is locked its sign-ins are refused without the password
 * being checked. Failures are forgotten {@code forgetAfter} after the last one (once no lock runs); a successful
 * sign-in forgets the user name's at once. {@code burstFailures} failed or refused attempts of one subject within
 * {@code burstWindow} raise one alert.
 *
 * @param freeFailuresPerUsername      failures of one user name before the delays start (5)
 * @param lockAfterFailuresPerUsername failures of one user name that lock it (10)
 * @param freeFailuresPerAddress       failures from one address before the delays start (20)
 * @param lockAfterFailuresPerAddress  failures from one address that lock it (50)
 * @param firstDelay                   the first delay, doubled with each further failure (1 second)
 * @param lockDuration                 how long a lock lasts, and the longest delay (15 minutes)
 * @param forgetAfter                  how long after the last failure a subject's failures are forgotten (1 hour)
 * @param burstFailures                failed or refused attempts of one subject that raise an alert (20)
 * @param burstWindow                  the window they are counted in, one alert per window (5 minutes)
 */
@ConfigurationProperties("aeghash.security.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("5") int freeFailuresPerUsername,
        @DefaultValue("10") int lockAfterFailuresPerUsername,
        @DefaultValue("20") int freeFailuresPerAddress,
        @DefaultValue("50") int lockAfterFailuresPerAddress,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("20") int burstFailures,
        @DefaultValue("5m") Duration burstWindow) {

    public SignInThrottleProperties {
        requireThresholds("username", freeFailuresPerUsername, lockAfterFailuresPerUsername);
        requireThresholds("address", freeFailuresPerAddress, lockAfterFailuresPerAddress);
        if (!isPositive(firstDelay)
                || !isPositive(lockDuration)
                || !isPositive(forgetAfter)
                || !isPositive(burstWindow)) {
            throw new IllegalArgumentException("aeghash.security.sign-in durations must be positive");
        }
        if (burstFailures < 1) {
            throw new IllegalArgumentException("aeghash.security.sign-in.burst-failures must be at least 1");
        }
    }

    private static void requireThresholds(String subject, int free, int lockAfter) {
        if (free < 0 || lockAfter <= free) {
            throw new IllegalArgumentException("aeghash.security.sign-in: the free failures per " + subject
                    + " must be 0 or more and fewer than the failures that lock it");
        }
    }

    private static boolean isPositive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
