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
        int inserted = jdbc.update(
                """
                INSERT INTO mining_withdrawals (payout_reference, member_id, coin, amount, status, withdraw_id,
                    vendor_status, attempts, checks, failure_reason, requested_at, updated_at, next_check_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                withdrawal.payoutReference(),
                withdrawal.memberId(),
                withdrawal.coin().name(),
                withdrawal.amount(),
                withdrawal.status().wireName(),
                withdrawal.withdrawId(),
                withdrawal.vendorStatus(),
                withdrawal.attempts(),
                withdrawal.checks(),
                withdrawal.failureReason(),
                SqlTimes.utc(withdrawal.requestedAt()),
                SqlTimes.utc(withdrawal.updatedAt()),
                SqlTimes.utc(withdrawal.nextCheckAt()));
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
        int updated = jdbc.update(
                """
                UPDATE mining_withdrawals SET status = ?, withdraw_id = ?, vendor_status = ?, attempts = ?, checks = ?,
                       failure_reason = ?, updated_at = ?, next_check_at = ?, decided_by = ?, approved_by = ?,
                       history_miss_checks = ?
                WHERE id = ?""",
                withdrawal.status().wireName(),
                withdrawal.withdrawId(),
                withdrawal.vendorStatus(),
                withdrawal.attempts(),
                withdrawal.checks(),
                withdrawal.failureReason(),
                SqlTimes.utc(withdrawal.updatedAt()),
                SqlTimes.utc(withdrawal.nextCheckAt()),
                withdrawal.decidedBy(),
                withdrawal.approvedBy(),
                withdrawal.historyMisses(),
                withdrawal.id());
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
