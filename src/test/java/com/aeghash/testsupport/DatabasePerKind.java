package com.aeghash.testsupport;

import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The migrated databases of the {@link OnEachDatabase} class running now, one per kind, closed after it. */
public final class DatabasePerKind implements AfterAllCallback {

    private static final Map<TestDatabases.Kind, DataSource> OPEN = new EnumMap<>(TestDatabases.Kind.class);

    /** The running class's database of this kind, created and migrated on first use. */
    public static synchronized DataSource of(TestDatabases.Kind kind) {
        return OPEN.computeIfAbsent(kind, TestDatabases::create);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        synchronized (DatabasePerKind.class) {
            OPEN.values().forEach(TestDatabases::close);
            OPEN.clear();
        }
    }
}
