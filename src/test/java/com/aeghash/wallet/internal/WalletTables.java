package com.aeghash.wallet.internal;

import com.aeghash.testsupport.TestDatabases;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One migrated database per kind for the wallet repository contracts, emptied before each test (a fresh
 * database per test would open a connection pool and a PostgreSQL schema per test).
 */
public final class WalletTables {

    private static final Map<TestDatabases.Kind, DataSource> DATABASES = new EnumMap<>(TestDatabases.Kind.class);

    private WalletTables() {
    }

    public static synchronized JdbcClient emptied(TestDatabases.Kind kind) {
        if (kind == TestDatabases.Kind.POSTGRES) {
            TestDatabases.requirePostgres();
        }
        JdbcClient jdbc = JdbcClient.create(DATABASES.computeIfAbsent(kind, TestDatabases::create));
        jdbc.sql("DELETE FROM wallet_transactions").update();
        jdbc.sql("DELETE FROM wallets").update();
        return jdbc;
    }
}
