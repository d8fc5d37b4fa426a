package com.aeghash.ledger.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;

/**
 * Array parameters for set-based statements ({@code UNNEST(CAST(? AS BIGINT ARRAY), ...)}): one statement
 * carries a whole slice, on H2 (PostgreSQL mode) and PostgreSQL alike.
 */
final class SqlArrays {

    private SqlArrays() {}

    static void bigints(PreparedStatement statement, int index, Collection<Long> values) throws SQLException {
        statement.setArray(index, array(statement, "BIGINT", values.toArray(Long[]::new)));
    }

    static void numerics(PreparedStatement statement, int index, Collection<BigDecimal> values) throws SQLException {
        statement.setArray(index, array(statement, "NUMERIC", values.toArray(BigDecimal[]::new)));
    }

    static void varchars(PreparedStatement statement, int index, Collection<String> values) throws SQLException {
        statement.setArray(index, array(statement, "VARCHAR", values.toArray(String[]::new)));
    }

    /**
     * Instants as ISO-8601 text in UTC with microseconds ({@code 2026-12-02T02:45:38.274474Z}), for
     * {@code CAST(? AS TIMESTAMP WITH TIME ZONE ARRAY)}: both databases read that text, and neither driver takes
     * an array of {@code OffsetDateTime}.
     */
    static void instants(PreparedStatement statement, int index, Collection<Instant> values) throws SQLException {
        varchars(
                statement,
                index,
                values.stream()
                        .map(value -> value == null ? null : value.toString())
                        .toList());
    }

    private static Array array(PreparedStatement statement, String type, Object[] values) throws SQLException {
        return statement.getConnection().createArrayOf(type, values);
    }
}
