package com.aeghash.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * The running application on one database, for a test class that runs on each ({@link OnEachDatabase}): before
 * each test its {@code @Autowired} and {@code @LocalServerPort} fields are filled from the application on that
 * database. The contexts are Spring's cached test contexts, the same ones {@link IntegrationTest} and
 * {@link PostgresIntegrationTest} classes (or classes with the given configuration) share. Register it on an
 * instance field with {@code @RegisterExtension}, made in the constructor that receives the database:
 * <pre>
 * &#64;RegisterExtension
 * final TestApplication application;
 *
 * MiningSimulatorFlowIT(TestDatabases.Kind database) {
 *     application = TestApplication.on(database);
 * }
 * </pre>
 */
public final class TestApplication implements BeforeEachCallback {

    private static final Map<Class<?>, TestContextManager> CONFIGURATIONS = new ConcurrentHashMap<>();
    private final TestDatabases.Kind database;
    private final Class<?> configuration;

    private TestApplication(TestDatabases.Kind database, Class<?> configuration) {
        this.database = database;
        this.configuration = configuration;
    }

    /** The application of {@link IntegrationTest} on H2, of {@link PostgresIntegrationTest} on PostgreSQL. */
    public static TestApplication on(TestDatabases.Kind database) {
        return on(database, OnH2.class, OnPostgres.class);
    }

    /**
     * The application configured by the annotations of {@code onH2} or of {@code onPostgres}: empty classes
     * carrying an {@link IntegrationTest} or a {@link PostgresIntegrationTest} annotation (composed ones with their
     * imports and properties too), as a test class would.
     */
    public static TestApplication on(TestDatabases.Kind database, Class<?> onH2, Class<?> onPostgres) {
        return new TestApplication(database, database == TestDatabases.Kind.H2 ? onH2 : onPostgres);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (database == TestDatabases.Kind.POSTGRES) {
            TestDatabases.requirePostgres();
        }
        ApplicationContext application = CONFIGURATIONS
                .computeIfAbsent(configuration, TestContextManager::new)
                .getTestContext()
                .getApplicationContext();
        application
                .getAutowireCapableBeanFactory()
                .autowireBeanProperties(
                        context.getRequiredTestInstance(), AutowireCapableBeanFactory.AUTOWIRE_NO, false);
    }

    @IntegrationTest
    private static final class OnH2 {}

    @PostgresIntegrationTest
    private static final class OnPostgres {}
}
