package com.aeghash.mining.internal.hashpower;

import com.aeghash.common.SqlTimes;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcHashPowerSettingRepository implements HashPowerSettingRepository {

    private final JdbcTemplate jdbc;

    public JdbcHashPowerSettingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<HashPowerSetting> find(String reference) {
        return jdbc
                .query(
                        """
                SELECT reference, member_id, previous_hash_power, hash_power, actor, created_at
                FROM mining_hash_power_settings WHERE reference = ?""",
                        (row, index) -> new HashPowerSetting(
                                row.getString("reference"),
                                row.getString("member_id"),
                                row.getBigDecimal("previous_hash_power"),
                                row.getBigDecimal("hash_power"),
                                row.getString("actor"),
                                SqlTimes.instant(row, "created_at")),
                        reference)
                .stream()
                .findFirst();
    }

    @Override
    public void insert(HashPowerSetting setting) {
        jdbc.update(
                """
                INSERT INTO mining_hash_power_settings
                    (reference, member_id, previous_hash_power, hash_power, actor, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                setting.reference(),
                setting.memberId(),
                setting.previousHashPower(),
                setting.hashPower(),
                setting.actor(),
                SqlTimes.utc(setting.createdAt()));
    }
}
