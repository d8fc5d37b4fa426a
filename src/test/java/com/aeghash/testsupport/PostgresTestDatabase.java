package com.aeghash.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server used by tests: {@code AEGHASH_TEST_DATABASE_URL} (default
 * {@code jdbc:postgresql://localhost:5432/test}, user {@code postgres}, trust auth). Every test context
 * gets a fresh schema ({@code aeghash_t_<epoch>_<random>}), dropped at JVM exit, so concurrent test runs on
 * one server never see each other's rows. Schemas left behind by killed runs are dropped after 6 hours.
 */
public final class PostgresTestDatabase {

    public static final String URL = env("AEGHASH_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/test");
    public static final String USER = env("AEGHASH_TEST_DATABASE_USER", "postgres");
    public static final String PASSWORD = env("AEGHASH_TEST_DATABASE_PASSWORD", "");
    private static final long STALE_AFTER_SECONDS = TimeUnit.HOURS.toSeconds(6);
    private static final List<String> CREATED = new ArrayList<>();
    private static Boolean available;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestDatabase::dropCreatedSchemas));
    }

    private PostgresTestDatabase() {}

    /** True when {@code AEGHASH_REQUIRE_POSTGRES=true}: an unreachable server then fails the run. */
    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("AEGHASH_REQUIRE_POSTGRES"))
                || "true".equalsIgnoreCase(System.getProperty("aeghash.require-postgres"));
    }

    public static synchronized boolean available() {
        if (available == null) {
            try (Connection connection = connect()) {
                available = connection.isValid(2);
                dropStaleSchemas(connection);
            } catch (SQLException unreachable) {
                available = false;
                System.err.println("[aeghash tests] PostgreSQL not reachable at " + URL + " ("
                        + unreachable.getMessage() + "): PostgreSQL tests are "
                        + (required() ? "REQUIRED and will fail" : "skipped"));
            }
        }
        return available;
    }

    /** Creates a new empty schema and returns a JDBC URL whose current schema it is. */
    public static synchronized String createSchemaUrl() {
        if (!available()) {
            throw new IllegalStateException(
                    "PostgreSQL is required (AEGHASH_REQUIRE_POSTGRES=true) but not reachable at " + URL);
        }
        String schema = "aeghash_t_" + (System.currentTimeMillis() / 1000) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE SCHEMA " + schema);
        CREATED.add(schema);
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropCreatedSchemas() {
        if (CREATED.isEmpty() || "true".equals(System.getenv("AEGHASH_KEEP_TEST_SCHEMAS"))) {
            return;
        }
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String schema : CREATED) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException ignored) {
            // best effort at exit; stale schemas are dropped by a later run
        }
    }

    private static void dropStaleSchemas(Connection connection) throws SQLException {
        long cutoff = System.currentTimeMillis() / 1000 - STALE_AFTER_SECONDS;
        List<String> stale = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'aeghash\\_t\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                String[] parts = name.split("_");
                if (parts.length >= 4
                        && parts[2].chars().allMatch(Character::isDigit)
                        && Long.parseLong(parts[2]) < cutoff) {
                    stale.add(name);
                }
            }
        }
        try (var statement = connection.createStatement()) {
            for (String name : stale) {
                statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }

    private static void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql + " failed", failure);
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
