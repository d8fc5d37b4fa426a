package com.aeghash.wallet.internal;

import com.aeghash.testsupport.TestDatabases;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a wallet repository test class once per store: the in-memory implementation, and the JDBC one on H2
 * and on PostgreSQL. Each database is opened before the store's first test, emptied before each test (a fresh
 * database per test would open a connection pool and a PostgreSQL schema per test) and closed after its last,
 * so no H2 pool outlives the class. PostgreSQL skips the store when absent and not required.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(OnEveryWalletStore.Store.class)
public abstract class OnEveryWalletStore {

    /** Where a repository test runs. */
    public enum Store {
        MEMORY,
        H2,
        POSTGRES
    }

    private static DataSource database;

    @Parameter
    private Store store;

    @BeforeParameterizedClassInvocation
    protected static void openDatabase(Store store) {
        database = switch (store) {
            case MEMORY -> null;
            case H2 -> TestDatabases.create(TestDatabases.Kind.H2);
            case POSTGRES -> TestDatabases.create(TestDatabases.Kind.POSTGRES);
        };
    }

    @AfterParameterizedClassInvocation
    protected static void closeDatabase() {
        if (database != null) {
            TestDatabases.close(database);
            database = null;
        }
    }

    /** The repository under test: in memory, or over this store's database, emptied. */
    protected <R> R repositoryOf(Supplier<R> inMemory, Function<JdbcClient, R> overSql) {
        if (store == Store.MEMORY) {
            return inMemory.get();
        }
        JdbcClient jdbc = JdbcClient.create(database);
        jdbc.sql("DELETE FROM wallet_transactions").update();
        jdbc.sql("DELETE FROM wallets").update();
        return overSql.apply(jdbc);
    }
}
