package com.aeghash.wallet.internal;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The wallet tables of a test database, for the repository tests that share one database per kind. */
public final class WalletTables {

    private WalletTables() {}

    /**
     * The database with its wallets and wallet transactions deleted: the tests of a class share one database per
     * kind (a fresh one per test would open a connection pool and a PostgreSQL schema per test), each starting empty.
     */
    public static JdbcClient emptied(DataSource database) {
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("DELETE FROM wallet_transactions").update();
        jdbc.sql("DELETE FROM wallets").update();
        return jdbc;
    }
}
