package com.aeghash.mining.internal.balances;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningBalanceRecord;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code mining_balances} over SQL. A batch of credits is one insert of the missing zero rows ({@code ON CONFLICT DO
 * NOTHING}, safe against a concurrent insert) and one {@code MERGE} adding the increments, so they are never lost and
 * never applied twice.
 */
@Repository
public class JdbcMiningBalanceRepository implements MiningBalanceRepository {

    private static final String COLUMNS =
            Asset.coins().stream().map(JdbcMiningBalanceRepository::column).collect(Collectors.joining(", "));
    private static final String ADD_CREDITS = "MERGE INTO mining_balances b USING (SELECT * FROM UNNEST("
            + "CAST(? AS VARCHAR(64) ARRAY), CAST(? AS NUMERIC(38, 18) ARRAY), "
            + Asset.coins().stream()
                    .map(coin -> "CAST(? AS NUMERIC(38, 18) ARRAY)")
                    .collect(Collectors.joining(", "))
            + ")) AS c (member_id, hash_power, "
            + Asset.coins().stream().map(JdbcMiningBalanceRepository::column).collect(Collectors.joining(", "))
            + ") ON b.member_id = c.member_id WHEN MATCHED THEN UPDATE SET hash_power = c.hash_power, "
            + Asset.coins().stream()
                    .map(coin -> column(coin) + " = b." + column(coin) + " + c." + column(coin))
                    .collect(Collectors.joining(", "))
            + ", last_credited_date = CASE WHEN b.last_credited_date IS NULL OR b.last_credited_date < CAST(? AS DATE)"
            + " THEN CAST(? AS DATE) ELSE b.last_credited_date END, updated_at = ?";
    private static final String INSERT_MISSING = """
            INSERT INTO mining_balances (member_id, hash_power, updated_at)
            SELECT m.member_id, 0, CAST(? AS TIMESTAMP WITH TIME ZONE)
            FROM UNNEST(CAST(? AS VARCHAR(64) ARRAY)) AS m (member_id)
            ON CONFLICT DO NOTHING""";
    private static final String INSERT_ZERO = """
            INSERT INTO mining_balances (member_id, hash_power, updated_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING""";

    private final JdbcTemplate jdbc;

    public JdbcMiningBalanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lockMember(String memberId, Instant now) {
        jdbc.update(INSERT_ZERO, memberId, SqlTimes.utc(now));
        jdbc.query("SELECT member_id FROM mining_balances WHERE member_id = ? FOR UPDATE", row -> {}, memberId);
    }

    @Override
    public void updateHashPower(String memberId, BigDecimal hashPower, Instant now) {
        jdbc.update(INSERT_ZERO, memberId, SqlTimes.utc(now));
        jdbc.update(
                "UPDATE mining_balances SET hash_power = ?, updated_at = ? WHERE member_id = ?",
                hashPower,
                SqlTimes.utc(now),
                memberId);
    }

    /**
     * Adds a chunk's credits in two set-based statements, each carrying the whole chunk as arrays: the missing rows are
     * inserted ({@code ON CONFLICT DO NOTHING}, safe against a concurrent insert), then one {@code MERGE} updates every
     * row (a function scan of a few thousand rows is estimated small, so PostgreSQL looks each row up by its key even
     * on a fresh, empty table).
     */
    @Override
    public void recordCredits(List<MiningCredit> credits, LocalDate date, Instant now) {
        if (credits.isEmpty()) {
            return;
        }
        OffsetDateTime at = SqlTimes.utc(now);
        List<String> members = credits.stream().map(MiningCredit::memberId).toList();
        jdbc.update(INSERT_MISSING, statement -> {
            statement.setObject(1, at);
            statement.setArray(2, statement.getConnection().createArrayOf("VARCHAR", members.toArray()));
        });
        int updated = jdbc.update(ADD_CREDITS, statement -> {
            int index = 1;
            statement.setArray(index++, statement.getConnection().createArrayOf("VARCHAR", members.toArray()));
            statement.setArray(index++, numerics(statement, credits.stream().map(MiningCredit::hashPower)));
            for (Asset coin : Asset.coins()) {
                statement.setArray(
                        index++,
                        numerics(
                                statement,
                                credits.stream().map(credit -> credit.mined().getOrDefault(coin, BigDecimal.ZERO))));
            }
            statement.setObject(index++, date);
            statement.setObject(index++, date);
            statement.setObject(index, at);
        });
        if (updated != credits.size()) {
            throw new IllegalStateException("mining_balances rows missing after insert");
        }
    }

    private static Array numerics(PreparedStatement statement, Stream<BigDecimal> values) throws SQLException {
        return statement.getConnection().createArrayOf("NUMERIC", values.toArray());
    }

    @Override
    public Optional<MiningBalanceRecord> find(String memberId) {
        return jdbc
                .query(
                        "SELECT member_id, hash_power, last_credited_date, updated_at, " + COLUMNS
                                + " FROM mining_balances WHERE member_id = ?",
                        (row, index) -> recordOf(row),
                        memberId)
                .stream()
                .findFirst();
    }

    private static MiningBalanceRecord recordOf(ResultSet row) throws SQLException {
        Map<Asset, BigDecimal> mined = new EnumMap<>(Asset.class);
        for (Asset coin : Asset.coins()) {
            mined.put(coin, row.getBigDecimal(column(coin)));
        }
        return new MiningBalanceRecord(
                row.getString("member_id"),
                row.getBigDecimal("hash_power"),
                row.getObject("last_credited_date", LocalDate.class),
                mined,
                SqlTimes.instant(row, "updated_at"));
    }

    private static String column(Asset coin) {
        return "mined_" + coin.name().toLowerCase(Locale.ROOT);
    }
}
