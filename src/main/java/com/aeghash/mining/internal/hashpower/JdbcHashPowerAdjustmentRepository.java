package com.aeghash.mining.internal.hashpower;

import com.aeghash.common.SqlTimes;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcHashPowerAdjustmentRepository implements HashPowerAdjustmentRepository {

    private final JdbcTemplate jdbc;

    public JdbcHashPowerAdjustmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<HashPowerAdjustment> find(String reference) {
        return jdbc
                .query(
                        """
                SELECT reference, member_id, requested_delta, requested_target, delta, previous_hash_power,
                       hash_power, reason, actor, created_at
                FROM mining_hash_power_adjustments WHERE reference = ?""",
                        (row, index) -> new HashPowerAdjustment(
                                row.getString("reference"),
                                row.getString("member_id"),
                                row.getBigDecimal("requested_delta"),
                                row.getBigDecimal("requested_target"),
                                row.getBigDecimal("delta"),
                                row.getBigDecimal("previous_hash_power"),
                                row.getBigDecimal("hash_power"),
                                row.getString("reason"),
                                row.getString("actor"),
                                SqlTimes.instant(row, "created_at")),
                        reference)
                .stream()
                .findFirst();
    }

    @Override
    public void insert(HashPowerAdjustment adjustment) {
        jdbc.update(
                """
                INSERT INTO mining_hash_power_adjustments
                    (reference, member_id, requested_delta, requested_target, delta, previous_hash_power, hash_power,
                     reason, actor, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                adjustment.reference(),
                adjustment.memberId(),
                adjustment.requestedDelta(),
                adjustment.requestedTarget(),
                adjustment.delta(),
                adjustment.previousHashPower(),
                adjustment.hashPower(),
                adjustment.reason(),
                adjustment.actor(),
                SqlTimes.utc(adjustment.createdAt()));
    }
}
