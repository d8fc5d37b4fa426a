package com.aeghash.ledger.internal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hands out ids for ledger rows in blocks: one {@code nextval} per {@link #BLOCK_SIZE} ids, so batch
 * inserts need no {@code RETURNING} (which H2 lacks) and no round trip per row. Ids are unique across
 * instances sharing the database; they are not ordered in time.
 */
final class LedgerIdAllocator {

    static final int BLOCK_SIZE = 1000;
    private final JdbcTemplate jdbc;
    private long next;
    private long end;

    LedgerIdAllocator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first id of a whole block of {@link #BLOCK_SIZE} ids nobody else gets (the current block is kept). */
    long freshBlock() {
        Long block = jdbc.queryForObject("SELECT nextval('ledger_id_blocks')", Long.class);
        return block * BLOCK_SIZE;
    }

    synchronized long next() {
        if (next == end) {
            Long block = jdbc.queryForObject("SELECT nextval('ledger_id_blocks')", Long.class);
            next = block * BLOCK_SIZE;
            end = next + BLOCK_SIZE;
        }
        return next++;
    }
}
