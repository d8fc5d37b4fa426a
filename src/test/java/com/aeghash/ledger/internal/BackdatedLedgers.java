package com.aeghash.ledger.internal;

import com.aeghash.ledger.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's SQL ledger with a fixed clock, for tests that need postings dated in the past (a member who
 * held hash power on a past day). Only for accounts with no later postings: history is ordered by posting time.
 */
public final class BackdatedLedgers {

    private BackdatedLedgers() {}

    public static Ledger postingAt(JdbcTemplate jdbc, Instant at) {
        return new LedgerService(new JdbcLedgerRepository(jdbc), Clock.fixed(at, ZoneOffset.UTC));
    }
}
