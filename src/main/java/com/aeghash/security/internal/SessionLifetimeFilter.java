package com.aeghash.security.internal;

import com.aeghash.security.SessionLifetimeProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a console session {@link SessionLifetimeProperties#absoluteTimeout()} after its sign-in, however busy it is
 * (the idle timeout is the servlet container's). The sign-in time is the application clock's, written into the
 * session when the form login succeeds ({@link #recordSignIn}); a session not signed in yet counts from the first
 * request that found it (the container's creation time is not the application clock's, which tests move). The filter
 * runs before the security context is read, so the request that finds its session too old goes on without one: a 401
 * problem on the API, the sign-in page on the console.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    /** The session attribute holding the {@link Instant} of the sign-in. */
    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".SIGNED_IN_AT";

    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final SessionLifetimeProperties properties;
    private final Clock clock;

    SessionLifetimeFilter(SessionLifetimeProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Notes the sign-in time in the session of a successful form login. */
    SessionAuthenticationStrategy recordSignIn() {
        return (authentication, request, response) -> request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            log.info("A session ended {} after its sign-in", properties.absoluteTimeout());
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        Instant now = clock.instant();
        if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant started)) {
            session.setAttribute(SIGNED_IN_AT, now);
            return false;
        }
        return !now.isBefore(started.plus(properties.absoluteTimeout()));
    }
}
