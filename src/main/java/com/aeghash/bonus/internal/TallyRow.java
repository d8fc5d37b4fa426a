package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.StatusTally;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a {@code GROUP BY <key>, status} query: the count and sum of amounts of the key's entries in one status.
 * The statuses come from the data, so a status added to the lifecycle is counted without a change here.
 */
record TallyRow<K>(K key, StatusTally tally) {

    /** Reads the columns {@code status}, {@code entries} and {@code amount} of the row. */
    static StatusTally tallyOf(ResultSet row, String statusColumn) throws SQLException {
        BigDecimal amount = row.getBigDecimal("amount");
        return new StatusTally(
                BonusEntryStatus.valueOf(row.getString(statusColumn)),
                row.getLong("entries"),
                amount == null ? BigDecimal.ZERO : amount);
    }

    /** The rows per key, keys in the rows' order, each key's tallies in the order of {@link BonusEntryStatus}. */
    static <K> Map<K, List<StatusTally>> grouped(List<TallyRow<K>> rows) {
        Map<K, List<StatusTally>> byKey = new LinkedHashMap<>();
        for (TallyRow<K> row : rows) {
            byKey.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row.tally());
        }
        byKey.values().forEach(tallies -> tallies.sort(Comparator.comparing(StatusTally::status)));
        return byKey;
    }
}
