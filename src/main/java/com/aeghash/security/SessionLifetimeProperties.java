package com.aeghash.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a console session may live ({@code aeghash.security.session.*}). Besides the idle timeout
 * ({@code server.servlet.session.timeout}, 30 minutes), a session ends {@code absoluteTimeout} after its sign-in
 * however busy it is, so a cookie taken from a browser works for one working day at most.
 *
 * @param absoluteTimeout how long after sign-in a session ends ({@code AEGHASH_SECURITY_SESSION_ABSOLUTE_TIMEOUT});
 *                        8 hours by default, 1 minute to 7 days
 */
@ConfigurationProperties("aeghash.security.session")
public record SessionLifetimeProperties(@DefaultValue("8h") Duration absoluteTimeout) {

    public SessionLifetimeProperties {
        if (absoluteTimeout.compareTo(Duration.ofMinutes(1)) < 0 || absoluteTimeout.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("aeghash.security.session.absolute-timeout must be 1 minute to 7 days");
        }
    }
}
