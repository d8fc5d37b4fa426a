package com.aeghash.security.internal;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an operator's console sessions when their access changes ({@link OperatorAccessChanged}): one {@code DELETE}
 * of their rows in {@code spring_session} (Spring Session JDBC indexes each session by the signed-in operator's name;
 * the attributes go with it, {@code ON DELETE CASCADE}), in the transaction of the change, so both commit or neither
 * does. A request the operator sends afterwards names a session that no longer exists and is anonymous. A request
 * already running when the change commits cannot write its session back: Spring Session only updates existing rows.
 *
 * <p>One exception: an operator changing their own password keeps the session they changed it in (they have just
 * proved the current password in it); every other session of theirs ends.
 */
@Component
class OperatorSessions {

    private static final Logger log = LoggerFactory.getLogger(OperatorSessions.class);

    private final JdbcClient jdbc;

    OperatorSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void endSessionsOf(OperatorAccessChanged change) {
        Optional<String> kept = sessionThatChangedOwnPassword(change);
        int ended = jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username AND session_id <> :kept")
                .param("username", change.username())
                .param("kept", kept.orElse(""))
                .update();
        log.info(
                "Ended {} session(s) of operator {} ({}{})",
                ended,
                change.username(),
                change.change(),
                kept.isPresent() ? ", the session that asked kept" : "");
    }

    /** The session of the request in which the operator changed their own password, if it was made in one. */
    private static Optional<String> sessionThatChangedOwnPassword(OperatorAccessChanged change) {
        if (!"password".equals(change.change())
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return Optional.empty();
        }
        HttpSession session = request.getRequest().getSession(false);
        boolean ownRequest = request.getRequest().getUserPrincipal() != null
                && change.username()
                        .equals(request.getRequest().getUserPrincipal().getName());
        return session != null && ownRequest ? Optional.of(session.getId()) : Optional.empty();
    }
}
