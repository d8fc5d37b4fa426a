package com.aeghash.security.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks the password an operator gives as their current one (to change it) exactly as a sign-in is checked: through
 * the sign-in throttle, so a signed-in session cannot guess it faster than a sign-in form could. A wrong one counts as a
 * failed sign-in of that user name from that address; while the user name or address must wait, the check is refused
 * unchecked (429 {@code too_many_sign_in_failures}).
 */
class CurrentPasswords {

    private final AuthenticationProvider signIn;

    CurrentPasswords(AuthenticationProvider signIn) {
        this.signIn = signIn;
    }

    /**
     * @throws ApiException 400 naming {@code currentPassword} when it is not the operator's password; 429
     *     {@code too_many_sign_in_failures} (with {@code retryAfterSeconds} and {@code Retry-After}) while sign-ins of the operator must wait
     */
    void require(String username, Secret currentPassword) {
        if (currentPassword == null) {
            throw notCurrent();
        }
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, currentPassword.reveal());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            attempt.setDetails(new WebAuthenticationDetails(request.getRequest()));
        }
        try {
            signIn.authenticate(attempt);
        } catch (SignInThrottledException throttled) {
            throw new ApiException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    SignInThrottledException.CODE,
                    null,
                    SignInThrottledException.DETAIL,
                    Map.of(ApiException.RETRY_AFTER_SECONDS, throttled.retryAfterSeconds()));
        } catch (AuthenticationException wrong) {
            throw notCurrent();
        }
    }

    private static ApiException notCurrent() {
        return ApiException.validation("currentPassword", "is not your current password");
    }
}
