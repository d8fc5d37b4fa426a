package com.aeghash.wallet.internal;

import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migrated database a wallet repository test class runs on, one per store it is parameterised with:
 * opened before the class's first test, emptied before each test (a fresh database per test would open a
 * connection pool and a PostgreSQL schema per test) and closed after its last, so no H2 pool outlives it.
 */
public final class WalletTables implements AutoCloseable {

    /** Where a repository test runs: the in-memory implementation, or the JDBC one on a database. */
    public enum Store {
        MEMORY, H2, POSTGRES
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    private WalletTables(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The store's database; none (null) for memory. PostgreSQL skips the class when absent and not required. */
    public static WalletTables open(Store store) {
        return switch (store) {
            case MEMORY -> null;
            case H2 -> new WalletTables(TestDatabases.create(TestDatabases.Kind.H2));
            case POSTGRES -> new WalletTables(TestDatabases.create(TestDatabases.Kind.POSTGRES));
        };
    }

    public JdbcClient emptied() {
        jdbc.sql("DELETE FROM wallet_transactions").update();
        jdbc.sql("DELETE FROM wallets").update();
        return jdbc;
    }

    @Override
    public void close() {
        TestDatabases.close(dataSource);
    }
}
