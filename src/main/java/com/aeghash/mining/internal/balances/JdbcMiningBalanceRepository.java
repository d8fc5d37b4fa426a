package com.aeghash.mining.internal.balances;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningBalanceRecord;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code mining_balances} over SQL. A batch of credits is one batched UPDATE; members without a row get a
 * zero row ({@code ON CONFLICT DO NOTHING}, safe against a concurrent insert) and their UPDATE is repeated,
 * so increments are never lost and never applied twice.
 */
@Repository
public class JdbcMiningBalanceRepository implements MiningBalanceRepository {

    private static final String COLUMNS =
            Asset.coins().stream().map(JdbcMiningBalanceRepository::column).collect(Collectors.joining(", "));
    private static final String ADD_CREDITS = "UPDATE mining_balances SET hash_power = ?, "
            + Asset.coins().stream()
                    .map(coin -> column(coin) + " = " + column(coin) + " + ?")
                    .collect(Collectors.joining(", "))
            + ", last_credited_date = CASE WHEN last_credited_date IS NULL OR last_credited_date < CAST(? AS DATE)"
            + " THEN CAST(? AS DATE) ELSE last_credited_date END, updated_at = ? WHERE member_id = ?";
    private static final String INSERT_ZERO = """
            INSERT INTO mining_balances (member_id, hash_power, updated_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING""";

    private static final int IN_LIST_MAX = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcMiningBalanceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
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
     * Adds a chunk's credits. The chunk's missing rows are created first (one keyed read, one insert batch)
     * so the update batch always finds its row: updating first and inserting the misses made PostgreSQL plan
     * the prepared update against an empty table on a fresh system, and keep that sequential-scan plan for
     * the connection while the table grew (one full scan per member).
     */
    @Override
    public void recordCredits(List<MiningCredit> credits, LocalDate date, Instant now) {
        if (credits.isEmpty()) {
            return;
        }
        OffsetDateTime at = SqlTimes.utc(now);
        insertMissingRows(credits.stream().map(MiningCredit::memberId).toList(), at);
        List<Object[]> updates =
                credits.stream().map(credit -> updateRow(credit, date, at)).toList();
        for (int count : jdbc.batchUpdate(ADD_CREDITS, updates)) {
            if (count != 1) {
                throw new IllegalStateException("mining_balances row missing after insert");
            }
        }
    }

    private void insertMissingRows(List<String> memberIds, OffsetDateTime at) {
        Set<String> existing = new HashSet<>();
        for (int start = 0; start < memberIds.size(); start += IN_LIST_MAX) {
            List<String> slice = memberIds.subList(start, Math.min(memberIds.size(), start + IN_LIST_MAX));
            existing.addAll(named.queryForList(
                    "SELECT member_id FROM mining_balances WHERE member_id IN (:ids)",
                    Map.of("ids", slice),
                    String.class));
        }
        List<Object[]> inserts = memberIds.stream()
                .filter(memberId -> !existing.contains(memberId))
                .map(memberId -> new Object[] {memberId, at})
                .toList();
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT_ZERO, inserts);
        }
    }

    private static Object[] updateRow(MiningCredit credit, LocalDate date, OffsetDateTime at) {
        List<Object> values = new ArrayList<>();
        values.add(credit.hashPower());
        Asset.coins().forEach(coin -> values.add(credit.mined().getOrDefault(coin, BigDecimal.ZERO)));
        values.add(date);
        values.add(date);
        values.add(at);
        values.add(credit.memberId());
        return values.toArray();
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
