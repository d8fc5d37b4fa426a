package com.aeghash.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** For the benchmarks under {@code bench/}: a pool on a fresh schema of the PostgreSQL test server, migrated. */
public final class BenchDatabase {

    private BenchDatabase() {}

    public static HikariDataSource migratedPool(int connections) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(PostgresTestDatabase.createSchemaUrl());
        pool.setUsername(PostgresTestDatabase.USER);
        pool.setPassword(PostgresTestDatabase.PASSWORD);
        pool.setMaximumPoolSize(connections);
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        return pool;
    }
}
