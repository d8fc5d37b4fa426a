package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The preview's aggregates over exactly the entries a closing takes ({@link JdbcClosingRepository#CLOSABLE}), each
 * with the status the closing would give it: {@code CANCELLED} when its order was refunded, else {@code CONFIRMED}
 * (the rule of {@link ClosingChunk#of}); the confirmations of members in debt; the claw-backs of a period
 * ({@code bonus_clawbacks}). Read-only; H2 and PostgreSQL alike.
 */
@Repository
class JdbcClosingPreviews {

    /** The closable entries with their outcome, as a derived table's rows. */
    private static final String OUTCOMES = "SELECT e.beneficiary_member_id AS member_id, e.bonus_type, e.amount,"
            + " CASE WHEN o.refunded_at IS NOT NULL THEN 'CANCELLED' ELSE 'CONFIRMED' END AS outcome "
            + JdbcClosingRepository.CLOSABLE;

    private static final String CLAWBACK_SUMS = "COUNT(*) AS entries, SUM(c.amount) AS amount,"
            + " SUM(c.from_available) AS from_available, SUM(c.to_debt) AS to_debt";
    private static final String CLAWED_BACK_DURING = " WHERE c.clawed_back_at >= ? AND c.clawed_back_at < ?";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    JdbcClosingPreviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
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

    /**
     * What the closing would confirm for these members (the closable entries of orders not refunded), in the order
     * it takes them: by member, then entry id.
     */
    List<RecoveryPreview.Confirmation> confirmationsOf(Instant paidBefore, List<String> memberIds) {
        List<RecoveryPreview.Confirmation> confirmations = new ArrayList<>();
        for (int from = 0; from < memberIds.size(); from += JdbcClosingRepository.IN_LIST_MAX) {
            List<String> slice =
                    memberIds.subList(from, Math.min(memberIds.size(), from + JdbcClosingRepository.IN_LIST_MAX));
            confirmations.addAll(named.query(
                    "SELECT e.beneficiary_member_id, e.bonus_type, e.amount "
                            + JdbcClosingRepository.CLOSABLE.replace("?", ":paidBefore")
                            + " AND o.refunded_at IS NULL AND e.beneficiary_member_id IN (:members)"
                            + " ORDER BY e.beneficiary_member_id, e.id",
                    Map.of("paidBefore", at(paidBefore), "members", slice),
                    (row, index) -> new RecoveryPreview.Confirmation(
                            row.getString("beneficiary_member_id"),
                            BonusType.valueOf(row.getString("bonus_type")),
                            row.getBigDecimal("amount"))));
        }
        return confirmations;
    }

    /** The cut-off of the latest closing before this one, if any: where the period of this one starts. */
    Optional<Instant> previousCutoff(Instant cutoff) {
        return jdbc
                .query(
                        "SELECT MAX(cutoff) AS cutoff FROM bonus_closings WHERE cutoff < ?",
                        (row, index) -> SqlTimes.instant(row, "cutoff"),
                        at(cutoff))
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** The claw-backs recorded in {@code [since, until)} per bonus type of their entries. */
    Map<BonusType, ClosingPreview.ClawbackTally> clawbacksByType(Instant since, Instant until) {
        Map<BonusType, ClosingPreview.ClawbackTally> byType = new EnumMap<>(BonusType.class);
        jdbc.query(
                "SELECT e.bonus_type, " + CLAWBACK_SUMS + " FROM bonus_clawbacks c"
                        + " JOIN bonus_entries e ON e.id = c.entry_id" + CLAWED_BACK_DURING + " GROUP BY e.bonus_type",
                row -> {
                    byType.put(BonusType.valueOf(row.getString("bonus_type")), clawbackTally(row));
                },
                at(since),
                at(until));
        return byType;
    }

    long clawbackMembers(Instant since, Instant until) {
        Long members = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT c.member_id) FROM bonus_clawbacks c" + CLAWED_BACK_DURING,
                Long.class,
                at(since),
                at(until));
        return members == null ? 0 : members;
    }

    /** The {@code limit} members with the largest amounts clawed back in {@code [since, until)}, largest first. */
    List<ClosingPreview.MemberClawbacks> topClawbackMembers(Instant since, Instant until, int limit) {
        return jdbc.query(
                "SELECT c.member_id, " + CLAWBACK_SUMS + " FROM bonus_clawbacks c" + CLAWED_BACK_DURING
                        + " GROUP BY c.member_id ORDER BY SUM(c.amount) DESC, c.member_id LIMIT ?",
                (row, index) -> new ClosingPreview.MemberClawbacks(row.getString("member_id"), clawbackTally(row)),
                at(since),
                at(until),
                limit);
    }

    private static ClosingPreview.ClawbackTally clawbackTally(ResultSet row) throws SQLException {
        return new ClosingPreview.ClawbackTally(
                row.getLong("entries"),
                row.getBigDecimal("amount"),
                row.getBigDecimal("from_available"),
                row.getBigDecimal("to_debt"));
    }

    private static OffsetDateTime at(Instant instant) {
        return SqlTimes.utc(instant);
    }
}
