package com.aeghash.testsupport;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migrated databases for repository contract tests that need no Spring context: a fresh in-memory H2
 * (PostgreSQL mode) or a fresh PostgreSQL schema. Both run the real Flyway migrations.
 */
public final class TestDatabases {

    public enum Kind {
        H2,
        POSTGRES
    }

    private TestDatabases() {}

    public static String h2Url() {
        return "jdbc:h2:mem:aeghash-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }

    public static DataSource create(Kind kind) {
        DataSource dataSource = empty(kind);
        flyway(dataSource, kind, null).migrate();
        return dataSource;
    }

    /**
     * A database migrated up to the last version before {@code version} only, for a test of that migration on data
     * of the earlier schema; {@link #migrateRest} applies the others. Closed as one made by {@link #create}.
     */
    public static DataSource createBefore(Kind kind, String version) {
        DataSource dataSource = empty(kind);
        MigrationVersion limit = MigrationVersion.fromVersion(version);
        MigrationVersion last = Arrays.stream(
                        flyway(dataSource, kind, null).info().all())
                .map(MigrationInfo::getVersion)
                .filter(candidate -> candidate.compareTo(limit) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        flyway(dataSource, kind, last.getVersion()).migrate();
        return dataSource;
    }

    /** Applies the migrations a database made by {@link #createUpTo} lacks. */
    public static void migrateRest(DataSource dataSource, Kind kind) {
        flyway(dataSource, kind, null).migrate();
    }

    private static DataSource empty(Kind kind) {
        return switch (kind) {
            case H2 -> inProcessPool(h2Url());
            case POSTGRES -> {
                requirePostgres();
                yield serverPool(
                        PostgresTestDatabase.createSchemaUrl(),
                        PostgresTestDatabase.USER,
                        PostgresTestDatabase.PASSWORD);
            }
        };
    }

    /**
     * Closes a data source made by {@link #create}, also when wrapped (e.g. by {@link StatementCounter}): its pool
     * (whose connections count against the server's limit) and, for H2, the in-memory database itself, which
     * {@code DB_CLOSE_DELAY=-1} would otherwise keep in this JVM's memory until the end of the run.
     */
    public static void close(DataSource dataSource) {
        HikariDataSource pool = pool(dataSource);
        if (pool == null) {
            return;
        }
        pool.close();
        if (pool.getJdbcUrl().startsWith("jdbc:h2:mem:")) {
            shutDown(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
    }

    private static HikariDataSource pool(DataSource dataSource) {
        try {
            return dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class)
                    : null;
        } catch (SQLException notAPool) {
            return null;
        }
    }

    private static void shutDown(String url, String user, String password) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException failure) {
            throw new IllegalStateException("could not shut down " + url, failure);
        }
    }

    /** Skips the calling test when PostgreSQL is absent, unless it is required (then it fails). */
    public static void requirePostgres() {
        if (!PostgresTestDatabase.required()) {
            Assumptions.assumeTrue(
                    PostgresTestDatabase.available(),
                    "PostgreSQL not reachable at " + PostgresTestDatabase.URL + ": test skipped");
        }
    }

    /** H2 runs in this JVM, so a pool costs no server connections. */
    private static DataSource inProcessPool(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(20);
        dataSource.setMinimumIdle(0);
        return dataSource;
    }

    /**
     * PostgreSQL is pooled like H2, but lean: no idle connection is kept (they retire after ten seconds unused) and
     * {@link #close} ends the pool with its test scope, so the shared server's 100 connections are not held by
     * finished tests. Unpooled, every statement outside a transaction opened a new server connection (a process
     * fork): 2,400 single-row inserts took 148 s instead of a few.
     */
    private static DataSource serverPool(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(20);
        dataSource.setMinimumIdle(0);
        dataSource.setIdleTimeout(10_000);
        return dataSource;
    }

    /** Migrated as the application does: the shared migrations and the database's own (db/vendor/{vendor}). */
    private static Flyway flyway(DataSource dataSource, Kind kind, String target) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (kind == Kind.H2 ? "h2" : "postgresql"));
        return (target == null ? configuration : configuration.target(target)).load();
    }

    /** A data source on one connection, for tests that must see their own uncommitted work. */
    public static SingleConnectionDataSource singleConnection(String url, String user, String password) {
        return new SingleConnectionDataSource(url, user, password, true);
    }
}
