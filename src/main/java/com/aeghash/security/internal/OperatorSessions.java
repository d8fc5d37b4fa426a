package com.aeghash.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends an operator's console sessions when their access changes ({@link OperatorAccessChanged}): one {@code DELETE}
 * of their rows in {@code spring_session} (Spring Session JDBC indexes each session by the signed-in operator's name;
 * the attributes go with it, {@code ON DELETE CASCADE}), in the transaction of the change, so both commit or neither
 * does. A request the operator sends afterwards names a session that no longer exists and is anonymous. A request
 * already running when the change commits cannot write its session back: Spring Session only updates existing rows.
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
        int ended = jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username")
                .param("username", change.username())
                .update();
        log.info("Ended {} session(s) of operator {} ({})", ended, change.username(), change.change());
    }
}
