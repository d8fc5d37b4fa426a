package com.aeghash.ledger;

import java.util.List;
import java.util.Objects;

/**
 * A query handed between modules so that one statement can read rows another module selects, without the rows
 * travelling through the client: its text (a {@code SELECT} usable as a derived table) and its positional parameters.
 * Each module's text reads only its own tables; the contract is the columns the producer documents.
 */
public record SqlSelect(String sql, List<Object> parameters) {

    public SqlSelect {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
    }
}
