package com.aeghash.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rows of one idempotency key ({@code idempotency_keys}), as the HTTP tests of its callers check them. */
public final class IdempotencyKeyRows {

    private static final Duration WAIT_MAX = Duration.ofSeconds(10);

    private IdempotencyKeyRows() {}

    /** {@code status:response_status} of every row of the key in the scope, oldest first (0 for no response). */
    public static List<String> statuses(JdbcClient jdbc, String scope, String key) {
        return jdbc.sql("SELECT status || ':' || COALESCE(response_status, 0) FROM idempotency_keys"
                        + " WHERE scope = :scope AND idempotency_key = :key ORDER BY id")
                .param("scope", scope)
                .param("key", key)
                .query(String.class)
                .list();
    }

    /** The id of the key's primary row in the scope: the record its effects are derived from. */
    public static long recordId(JdbcClient jdbc, String scope, String key) {
        return jdbc.sql("SELECT id FROM idempotency_keys WHERE scope = :scope AND claim_key = :key")
                .param("scope", scope)
                .param("key", key)
                .query(Long.class)
                .single();
    }

    /** Waits until a first attempt has claimed the key and is running its work. */
    public static void awaitInProgress(JdbcClient jdbc, String scope, String key) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT_MAX);
        while (!statuses(jdbc, scope, key).contains("IN_PROGRESS:0")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("key " + key + " was never claimed");
            }
            Thread.sleep(20);
        }
    }
}
