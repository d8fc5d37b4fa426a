package com.aeghash.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What the ledger's balance writes look like in a recorded statement list (see {@code StatementCounter}). */
public final class LedgerWriteStatements {

    private LedgerWriteStatements() {}

    /**
     * Asserts that the statements end with the ledger's balance writes: the member balance rows locked in id
     * order, their new balances stored, the postings inserted. Rows locked there are held only until the commit.
     */
    public static void assertEndWithBalanceWrites(List<String> statements) {
        assertThat(statements).as("%s", statements).hasSizeGreaterThanOrEqualTo(3);
        assertThat(statements.subList(statements.size() - 3, statements.size()))
                .as("the member balance rows, where concurrent writers queue, are locked last")
                .satisfiesExactly(
                        lock -> assertThat(lock)
                                .startsWith("SELECT id, balance, posting_count, updated_at FROM ledger_accounts")
                                .endsWith("ORDER BY id FOR UPDATE"),
                        store -> assertThat(store).startsWith("MERGE INTO ledger_accounts"),
                        postings -> assertThat(postings).startsWith("INSERT INTO ledger_postings"));
    }

    /** The statements before the ledger's closing balance writes. */
    public static List<String> beforeBalanceWrites(List<String> statements) {
        return statements.subList(0, statements.size() - 3);
    }
}
