package com.aeghash.bonus.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One {@code INSERT … VALUES (…), (…), …} for many rows (identical on H2 and PostgreSQL): the database parses, plans
 * and executes one statement instead of one per row of a JDBC batch. Rows go in chunks of {@value #ROWS_MAX}, so a
 * statement's parameters stay far below PostgreSQL's 65,535.
 */
final class MultiRowInsert {

    static final int ROWS_MAX = 1000;

    private MultiRowInsert() {}

    /**
     * @param head the statement up to {@code VALUES}, e.g. {@code INSERT INTO t (a, b)}
     * @param rows one array of column values per row, all of the same length
     */
    static void insert(JdbcTemplate jdbc, String head, List<Object[]> rows) {
        for (int start = 0; start < rows.size(); start += ROWS_MAX) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_MAX));
            String row = "(" + String.join(", ", Collections.nCopies(chunk.get(0).length, "?")) + ")";
            List<Object> values = new ArrayList<>(chunk.size() * chunk.get(0).length);
            chunk.forEach(columns -> values.addAll(Arrays.asList(columns)));
            jdbc.update(
                    head + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), row)), values.toArray());
        }
    }
}
