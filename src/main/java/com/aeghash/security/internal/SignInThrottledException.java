package com.aeghash.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because its user name or address must wait ({@link SignInThrottle}). */
class SignInThrottledException extends AuthenticationException {

    /** The problem code of a throttled sign-in, on the API as on a password change. */
    static final String CODE = "too_many_sign_in_failures";

    /** What the problem says (the same for every user name, known or not). */
    static final String DETAIL =
            "too many failed sign-ins for this user name or from this address; try again after the seconds in Retry-After";

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; try again later");
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole seconds, at least 1: what {@code Retry-After} tells the caller. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
