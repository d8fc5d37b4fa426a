package com.aeghash.ledger.internal;

import com.aeghash.ledger.Statements;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Member statement exports ({@code aeghash.ledger.statement.*}).
 *
 * @param exportRowsMax  the most postings one CSV export streams (100,000): an export whose filters match more is a
 *                       422 {@code statement_too_long} before anything is written, never a cut file
 * @param exportPageSize postings read per page (each page a short read of its own) while an export streams (500, the most a page of the API may hold)
 */
@ConfigurationProperties("aeghash.ledger.statement")
public record StatementProperties(
        @DefaultValue("100000") long exportRowsMax,
        @DefaultValue("500") int exportPageSize) {

    public StatementProperties {
        if (exportRowsMax < 1) {
            throw new IllegalArgumentException("aeghash.ledger.statement.export-rows-max must be positive");
        }
        if (exportPageSize < 1 || exportPageSize > Statements.LIMIT_MAX) {
            throw new IllegalArgumentException("aeghash.ledger.statement.export-page-size must be 1-500");
        }
    }
}
