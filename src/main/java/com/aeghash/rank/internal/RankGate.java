package com.aeghash.rank.internal;

import java.sql.DatabaseMetaData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps incremental recomputations and a full one apart, for the rest of the caller's transaction. On PostgreSQL
 * incremental ones share an advisory lock that a full recomputation takes exclusively (incremental ones run
 * side by side and order their row locks themselves); on H2, the embedded sandbox database, every one of them
 * locks the single {@code rank_gate} row, one after the other.
 */
@Component
class RankGate {

    static final long ADVISORY_KEY = 0x52414e4bL;
    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    RankGate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * On PostgreSQL it does not wait for a running full recomputation (up to a minute at a million members): a waiting
     * listener would hold a thread of the shared event executor and a connection in an open transaction, and eight
     * of them would stall every other module's events. It fails instead; the event's publication stays incomplete and
     * the publication retry job hands it over again later (the walk recomputes from the current state, so a repeat is
     * harmless).
     */
    void enterIncremental() {
        if (postgres()) {
            Boolean entered =
                    jdbc.queryForObject("SELECT pg_try_advisory_xact_lock_shared(?)", Boolean.class, ADVISORY_KEY);
            if (!Boolean.TRUE.equals(entered)) {
                throw new IllegalStateException(
                        "a full rank recomputation is running: this rank change is retried with its event");
            }
        } else {
            lockGateRow();
        }
    }

    void enterExclusive() {
        if (postgres()) {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", ADVISORY_KEY);
        } else {
            lockGateRow();
        }
    }

    private void lockGateRow() {
        jdbc.queryForList("SELECT singleton FROM rank_gate WHERE singleton = 1 FOR UPDATE");
    }

    boolean postgres() {
        if (postgres == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(
                        jdbc.getDataSource(), DatabaseMetaData::getDatabaseProductName);
                postgres = "PostgreSQL".equals(product);
            } catch (MetaDataAccessException failure) {
                throw new IllegalStateException("cannot tell the database product", failure);
            }
        }
        return postgres;
    }
}
