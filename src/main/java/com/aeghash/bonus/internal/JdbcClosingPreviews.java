package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import com.aeghash.common.SqlTimes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The preview's aggregates over exactly the entries a closing takes ({@link JdbcClosingRepository#CLOSABLE}), each
 * with the status the closing would give it: {@code CANCELLED} when its order was refunded, else {@code CONFIRMED}
 * (the rule of {@link ClosingChunk#of}). Read-only; H2 and PostgreSQL alike.
 */
@Repository
class JdbcClosingPreviews {

    /** The closable entries with their outcome, as a derived table's rows. */
    private static final String OUTCOMES = "SELECT e.beneficiary_member_id AS member_id, e.bonus_type, e.amount,"
            + " CASE WHEN o.refunded_at IS NOT NULL THEN 'CANCELLED' ELSE 'CONFIRMED' END AS outcome "
            + JdbcClosingRepository.CLOSABLE;

    private final JdbcTemplate jdbc;

    JdbcClosingPreviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TallyRow<BonusType>> byBonusType(Instant paidBefore) {
        return jdbc.query(
                "SELECT bonus_type, outcome, COUNT(*) AS entries, SUM(amount) AS amount FROM (" + OUTCOMES
                        + ") taken GROUP BY bonus_type, outcome ORDER BY bonus_type",
                (row, index) -> new TallyRow<>(
                        BonusType.valueOf(row.getString("bonus_type")), TallyRow.tallyOf(row, "outcome")),
                at(paidBefore));
    }

    long members(Instant paidBefore) {
        Long members = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT e.beneficiary_member_id) " + JdbcClosingRepository.CLOSABLE,
                Long.class,
                at(paidBefore));
        return members == null ? 0 : members;
    }

    /** The tallies of the {@code limit} members with the largest amounts taken (ties by member id). */
    List<TallyRow<String>> topMembers(Instant paidBefore, int limit) {
        return jdbc.query(
                "SELECT member_id, outcome, COUNT(*) AS entries, SUM(amount) AS amount FROM (" + OUTCOMES
                        + ") taken WHERE member_id IN (SELECT member_id FROM (" + OUTCOMES
                        + ") ranked GROUP BY member_id ORDER BY SUM(amount) DESC, member_id LIMIT ?)"
                        + " GROUP BY member_id, outcome",
                (row, index) -> new TallyRow<>(row.getString("member_id"), TallyRow.tallyOf(row, "outcome")),
                at(paidBefore),
                at(paidBefore),
                limit);
    }

    private static OffsetDateTime at(Instant instant) {
        return SqlTimes.utc(instant);
    }
}
