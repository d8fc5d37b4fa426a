package com.aeghash.testsupport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The migrated databases ({@link TestDatabases#create}) of one test, or of one test class, closed when it ends, so
 * no pool, connection or in-memory H2 database outlives its user. Register it with {@code @RegisterExtension}:
 * {@link #eachTest()} on an instance field, {@link #wholeClass()} on a static one (its tests then share one database
 * per kind and use their own ids). Opening a PostgreSQL database skips the test when the server is absent, or fails
 * it when {@code AEGHASH_REQUIRE_POSTGRES=true}.
 */
public final class TestDatabaseScope implements AfterEachCallback, AfterAllCallback {

    private final boolean closedAfterEachTest;
    private final Map<TestDatabases.Kind, DataSource> open = new EnumMap<>(TestDatabases.Kind.class);

    private TestDatabaseScope(boolean closedAfterEachTest) {
        this.closedAfterEachTest = closedAfterEachTest;
    }

    /** Databases of one test, closed after it. */
    public static TestDatabaseScope eachTest() {
        return new TestDatabaseScope(true);
    }

    /** Databases shared by the tests of a class, closed after the last of them. */
    public static TestDatabaseScope wholeClass() {
        return new TestDatabaseScope(false);
    }

    /** This scope's database of the kind, created and migrated on first use. */
    public synchronized DataSource open(TestDatabases.Kind kind) {
        return open.computeIfAbsent(kind, TestDatabases::create);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (closedAfterEachTest) {
            closeAll();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeAll();
    }

    private synchronized void closeAll() {
        List<DataSource> closing = new ArrayList<>(open.values());
        open.clear();
        closing.forEach(TestDatabases::close);
    }
}
