package com.aeghash.mining.internal.withdrawal;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcMiningWithdrawalRepository implements MiningWithdrawalRepository {

    private static final String SELECT = """
            SELECT id, payout_reference, member_id, coin, amount, status, withdraw_id, vendor_status, attempts, checks,
                   failure_reason, requested_at, updated_at, next_check_at, decided_by, approved_by, history_miss_checks
            FROM mining_withdrawals""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcMiningWithdrawalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Insertion insertIfAbsent(MiningWithdrawalRecord withdrawal) {
        int inserted = named.update("""
                INSERT INTO mining_withdrawals (payout_reference, member_id, coin, amount, status, withdraw_id,
                    vendor_status, attempts, checks, failure_reason, requested_at, updated_at, next_check_at)
                VALUES (:payoutReference, :memberId, :coin, :amount, :status, :withdrawId, :vendorStatus, :attempts,
                    :checks, :failureReason, :requestedAt, :updatedAt, :nextCheckAt) ON CONFLICT DO NOTHING""", columns(withdrawal));
        // ON CONFLICT DO NOTHING also swallows a clash on withdraw_id: then no row has this payout reference.
        MiningWithdrawalRecord stored = findByPayoutReference(withdrawal.payoutReference())
                .orElseThrow(() -> new DuplicateKeyException(
                        "withdrawId " + withdrawal.withdrawId() + " belongs to another mining withdrawal"));
        return new Insertion(stored, inserted == 1);
    }

    @Override
    public Optional<MiningWithdrawalRecord> findByPayoutReference(String payoutReference) {
        return jdbc
                .query(SELECT + " WHERE payout_reference = ?", (row, index) -> recordOf(row), payoutReference)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<MiningWithdrawalRecord> lock(long id) {
        return jdbc.query(SELECT + " WHERE id = ? FOR UPDATE", (row, index) -> recordOf(row), id).stream()
                .findFirst();
    }

    @Override
    public void update(MiningWithdrawalRecord withdrawal) {
        int updated = named.update("""
                UPDATE mining_withdrawals SET status = :status, withdraw_id = :withdrawId, vendor_status = :vendorStatus,
                       attempts = :attempts, checks = :checks, failure_reason = :failureReason, updated_at = :updatedAt,
                       next_check_at = :nextCheckAt, decided_by = :decidedBy, approved_by = :approvedBy,
                       history_miss_checks = :historyMisses
                WHERE id = :id""", columns(withdrawal));
        if (updated != 1) {
            throw new IllegalStateException("mining withdrawal " + withdrawal.id() + " does not exist");
        }
    }

    @Override
    public List<MiningWithdrawalRecord> due(Instant now, Instant submittingBefore, int limit) {
        return jdbc.query(
                SELECT + """
                 WHERE (status IN ('submitted', 'unknown') AND next_check_at <= ?)
                    OR (status = 'submitting' AND requested_at <= ?)
                ORDER BY id LIMIT ?""", (row, index) -> recordOf(row), SqlTimes.utc(now), SqlTimes.utc(submittingBefore), limit);
    }

    @Override
    public List<MiningWithdrawalRecord> list(MiningWithdrawalStatus status, Long beforeId, int limit) {
        long before = beforeId == null ? Long.MAX_VALUE : beforeId;
        if (status == null) {
            return jdbc.query(
                    SELECT + " WHERE id < ? ORDER BY id DESC LIMIT ?", (row, index) -> recordOf(row), before, limit);
        }
        return jdbc.query(
                SELECT + " WHERE status = ? AND id < ? ORDER BY id DESC LIMIT ?",
                (row, index) -> recordOf(row),
                status.wireName(),
                before,
                limit);
    }

    @Override
    public Set<String> withdrawIdsTaken(Collection<String> withdrawIds) {
        if (withdrawIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(named.queryForList(
                "SELECT withdraw_id FROM mining_withdrawals WHERE withdraw_id IN (:ids)",
                Map.of("ids", List.copyOf(withdrawIds)),
                String.class));
    }

    /** The row's column values, by the names the insert and the update use. */
    private static MapSqlParameterSource columns(MiningWithdrawalRecord withdrawal) {
        return new MapSqlParameterSource()
                .addValue("id", withdrawal.id())
                .addValue("payoutReference", withdrawal.payoutReference())
                .addValue("memberId", withdrawal.memberId())
                .addValue("coin", withdrawal.coin().name())
                .addValue("amount", withdrawal.amount())
                .addValue("status", withdrawal.status().wireName())
                .addValue("withdrawId", withdrawal.withdrawId())
                .addValue("vendorStatus", withdrawal.vendorStatus())
                .addValue("attempts", withdrawal.attempts())
                .addValue("checks", withdrawal.checks())
                .addValue("failureReason", withdrawal.failureReason())
                .addValue("requestedAt", SqlTimes.utc(withdrawal.requestedAt()))
                .addValue("updatedAt", SqlTimes.utc(withdrawal.updatedAt()))
                .addValue("nextCheckAt", SqlTimes.utc(withdrawal.nextCheckAt()))
                .addValue("decidedBy", withdrawal.decidedBy())
                .addValue("approvedBy", withdrawal.approvedBy())
                .addValue("historyMisses", withdrawal.historyMisses());
    }

    private static MiningWithdrawalRecord recordOf(ResultSet row) throws SQLException {
        return new MiningWithdrawalRecord(
                row.getLong("id"),
                row.getString("payout_reference"),
                row.getString("member_id"),
                Asset.valueOf(row.getString("coin")),
                row.getBigDecimal("amount"),
                MiningWithdrawalStatus.fromWireName(row.getString("status")),
                row.getString("withdraw_id"),
                row.getString("vendor_status"),
                row.getInt("attempts"),
                row.getInt("checks"),
                row.getString("failure_reason"),
                SqlTimes.instant(row, "requested_at"),
                SqlTimes.instant(row, "updated_at"),
                SqlTimes.instant(row, "next_check_at"),
                row.getString("decided_by"),
                row.getString("approved_by"),
                row.getInt("history_miss_checks"));
    }
}
