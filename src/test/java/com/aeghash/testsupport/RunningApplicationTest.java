package com.aeghash.testsupport;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A test class run on each database ({@link OnEachDatabase}) against the running application on it: before each test
 * {@link #port} and {@link #context}, and the subclass's own {@code @Autowired} fields, are filled from the
 * application on that database ({@link TestApplication}). The subclass's constructor receives the database:
 * <pre>
 * &#64;OnEachDatabase
 * class SomeFlowIT extends RunningApplicationTest {
 *     SomeFlowIT(TestDatabases.Kind database) {
 *         super(TestApplication.on(database));
 *     }
 * }
 * </pre>
 */
public abstract class RunningApplicationTest {

    @RegisterExtension
    protected final TestApplication application;

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    protected RunningApplicationTest(TestApplication application) {
        this.application = application;
    }
}
