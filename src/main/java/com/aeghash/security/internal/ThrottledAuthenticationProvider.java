package com.aeghash.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one check of user name and password, for the console's form and HTTP Basic alike, behind the
 * {@link SignInThrottle}: a sign-in whose user name or source address must wait is refused without its password
 * being checked ({@link SignInThrottledException}); a wrong password (or an unknown user name, which answers the
 * same) is counted; a success forgets the user name's failures. The source address is the servlet request's
 * ({@link WebAuthenticationDetails}), i.e. the TCP peer unless the container is told to read a proxy's
 * {@code X-Forwarded-For} ({@code server.forward-headers-strategy}, docs/operations.md).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final OperatorRepository operators;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, SignInThrottle throttle, OperatorRepository operators) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.operators = operators;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = addressOf(attempt);
        SignInThrottle.Check check = throttle.check(username, address);
        if (check.refused()) {
            throttle.refused(check, address);
            throw new SignInThrottledException(check.retryAfter().orElseThrow());
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            if (check.usernameCounted()) {
                throttle.succeeded(username);
            }
            return authenticated;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address, operators.find(username).isPresent());
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
