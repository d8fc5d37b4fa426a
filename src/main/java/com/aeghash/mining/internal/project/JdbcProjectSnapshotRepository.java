package com.aeghash.mining.internal.project;

import com.aeghash.common.SqlTimes;
import com.aeghash.mining.ProjectSnapshot;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcProjectSnapshotRepository implements ProjectSnapshotRepository {

    private final JdbcTemplate jdbc;

    public JdbcProjectSnapshotRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ProjectSnapshot insert(ProjectSnapshot snapshot) {
        ProjectSnapshot.HashBalance hash = snapshot.hashBalance();
        ProjectSnapshot.HashRate rate = snapshot.hashRate();
        Object[] values = {
            SqlTimes.utc(snapshot.takenAt()),
            hash.date(),
            hash.credit(),
            hash.power(),
            SqlTimes.utc(rate.measuredAt()),
            rate.hashRate24h(),
            rate.hashRate1h(),
            rate.hashRate10m(),
            rate.efficiencyPercent(),
            rate.rejectPercent()
        };
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO mining_project_snapshots (taken_at, balance_date, hash_credit, hash_power,
                        rate_measured_at, hash_rate_24h, hash_rate_1h, hash_rate_10m, efficiency, reject)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
                    for (int index = 0; index < values.length; index++) {
                        statement.setObject(index + 1, values[index]);
                    }
                    return statement;
                },
                key);
        long id = key.getKey().longValue();
        List<Object[]> assets = snapshot.assets().entrySet().stream()
                .map(coin -> new Object[] {
                    id,
                    coin.getKey(),
                    coin.getValue().balance(),
                    coin.getValue().available()
                })
                .toList();
        jdbc.batchUpdate(
                "INSERT INTO mining_project_asset_balances (snapshot_id, coin, balance, available) "
                        + "VALUES (?, ?, ?, ?)",
                assets);
        return new ProjectSnapshot(id, snapshot.takenAt(), hash, snapshot.assets(), rate);
    }

    @Override
    public Optional<ProjectSnapshot> latest() {
        List<ProjectSnapshot> found = jdbc.query("""
                SELECT * FROM mining_project_snapshots ORDER BY taken_at DESC, id DESC LIMIT 1""", (row, index) -> snapshotOf(row));
        return found.stream()
                .findFirst()
                .map(snapshot -> new ProjectSnapshot(
                        snapshot.id(),
                        snapshot.takenAt(),
                        snapshot.hashBalance(),
                        assetsOf(snapshot.id()),
                        snapshot.hashRate()));
    }

    private Map<String, ProjectSnapshot.AssetBalance> assetsOf(long snapshotId) {
        Map<String, ProjectSnapshot.AssetBalance> assets = new LinkedHashMap<>();
        jdbc.query(
                "SELECT coin, balance, available FROM mining_project_asset_balances WHERE snapshot_id = ? "
                        + "ORDER BY coin",
                row -> {
                    assets.put(
                            row.getString("coin"),
                            new ProjectSnapshot.AssetBalance(
                                    row.getBigDecimal("balance"), row.getBigDecimal("available")));
                },
                snapshotId);
        return assets;
    }

    private static ProjectSnapshot snapshotOf(ResultSet row) throws SQLException {
        return new ProjectSnapshot(
                row.getLong("id"),
                SqlTimes.instant(row, "taken_at"),
                new ProjectSnapshot.HashBalance(
                        row.getObject("balance_date", LocalDate.class),
                        row.getBigDecimal("hash_credit"),
                        row.getBigDecimal("hash_power")),
                Map.of(),
                new ProjectSnapshot.HashRate(
                        SqlTimes.instant(row, "rate_measured_at"),
                        row.getBigDecimal("hash_rate_24h"),
                        row.getBigDecimal("hash_rate_1h"),
                        row.getBigDecimal("hash_rate_10m"),
                        row.getBigDecimal("efficiency"),
                        row.getBigDecimal("reject")));
    }
}
