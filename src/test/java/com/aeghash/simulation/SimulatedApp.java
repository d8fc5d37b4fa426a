package com.aeghash.simulation;

import com.aeghash.AeghashApplication;
import com.aeghash.sandbox.internal.mblock.HeldTransits;
import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application under simulation, started by the simulator itself (as {@code TwoInstancesIT} does) on one database
 * that outlives it: sandbox profile, schedules off, a {@link MutableClock} as the application's {@link Clock}, and
 * the bonus plan of {@link SimulationPlan}. {@link #restart()} stops the context and starts a new one on the same
 * database (what was in flight is lost, the database survives); the simulated MBlock chain and HashDam, being the
 * vendors and not part of this service, survive too (and are one for every instance).
 */
final class SimulatedApp implements AutoCloseable {

    static final String OPS_1 = "sim-ops-1";
    static final String OPS_2 = "sim-ops-2";
    static final String FIN_1 = "sim-fin-1";
    static final String FIN_2 = "sim-fin-2";
    static final String MEMBER_APP = "sim-member-app";
    static final String FUNDER = "sim-funder";
    static final String PASSWORD = "simulation-operator-pass-01";

    final TestDatabases.Kind database;
    final MutableClock clock;
    final Timings timings = new Timings();
    private final String url;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private Object vendorChain;
    private Object vendorHashDam;
    private HeldTransits vendorTransits;
    private int active;
    private int restarts;

    private SimulatedApp(TestDatabases.Kind database, String url, Instant start) {
        this.database = database;
        this.url = url;
        this.clock = new MutableClock(start);
    }

    /** One application on a fresh database of the kind. */
    static SimulatedApp start(TestDatabases.Kind database, Instant start) {
        return start(database, start, 1);
    }

    /**
     * {@code instances} applications on one fresh database (PostgreSQL only for more than one), taking turns: every
     * call goes to the instance {@link #switchInstance} chose.
     */
    static SimulatedApp start(TestDatabases.Kind database, Instant start, int instances) {
        if (database == TestDatabases.Kind.POSTGRES) {
            TestDatabases.requirePostgres();
        }
        String url = database == TestDatabases.Kind.H2 ? TestDatabases.h2Url() : PostgresTestDatabase.createSchemaUrl();
        SimulatedApp app = new SimulatedApp(database, url, start);
        for (int instance = 0; instance < instances; instance++) {
            app.contexts.add(app.timings.time("context start", app::boot));
        }
        app.createOperators();
        return app;
    }

    int port() {
        return Integer.parseInt(context().getEnvironment().getProperty("local.server.port"));
    }

    ConfigurableApplicationContext context() {
        return contexts.get(active);
    }

    /** The simulated MBlock's transits, held until the simulation runs them and delivers their callbacks. */
    HeldTransits transits() {
        return vendorTransits;
    }

    int instances() {
        return contexts.size();
    }

    int restarts() {
        return restarts;
    }

    /** Further calls go to instance {@code index} (modulo the number of instances). */
    void switchInstance(int index) {
        active = Math.floorMod(index, contexts.size());
    }

    /** Stops the active instance and starts a new one on the same database in its place. */
    void restart() {
        contexts.get(active).close();
        contexts.set(active, timings.time("context start", this::boot));
        restarts++;
    }

    ApiClient admin() {
        return ApiClient.admin(port());
    }

    ApiClient as(String operator) {
        return ApiClient.as(port(), operator, PASSWORD);
    }

    /** Stops the instances; an in-memory H2 database is shut down too (it would live as long as the test JVM). */
    @Override
    public void close() {
        for (ConfigurableApplicationContext context : contexts) {
            context.close();
        }
        contexts.clear();
        if (database == TestDatabases.Kind.H2) {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException failure) {
                throw new IllegalStateException("could not shut down the simulation's H2 database", failure);
            }
        }
    }

    private ConfigurableApplicationContext boot() {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username="
                        + (database == TestDatabases.Kind.H2 ? "sa" : PostgresTestDatabase.USER),
                "--spring.datasource.password="
                        + (database == TestDatabases.Kind.H2 ? "" : PostgresTestDatabase.PASSWORD),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--aeghash.scheduling.enabled=false",
                // A hanging vendor call costs the client's read timeout: short here, the stall outlasts it.
                "--aeghash.mblock.read-timeout=2s",
                "--aeghash.hashdam.read-timeout=2s",
                // HashDam's definite refusals are retried with backoff: short here, the policy is the same
                "--aeghash.mining.withdrawals.first-retry-delay=50ms",
                "--aeghash.sandbox.stall-duration=3s"));
        arguments.addAll(SimulationPlan.properties());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AeghashApplication.class)
                .profiles("sandbox", "test")
                .initializers(application -> {
                    application.getBeanFactory().registerSingleton("simulationClock", clock);
                    application.getBeanFactory().addBeanPostProcessor(new KeepVendorChain());
                })
                .run(arguments.toArray(String[]::new));
        if (context.getBean(Clock.class) != clock) {
            context.close();
            throw new IllegalStateException("the application does not take its time from the simulation's clock");
        }
        return context;
    }

    private void createOperators() {
        Map<String, String> roles = Map.of(
                OPS_1, "OPERATIONS",
                OPS_2, "OPERATIONS",
                FIN_1, "FINANCE",
                FIN_2, "FINANCE",
                MEMBER_APP, "MEMBER_APP",
                FUNDER, "FINANCE");
        roles.forEach((username, role) -> {
            ApiClient.Response created = admin().postJson(
                            "/api/v1/operators",
                            Map.of("username", username, "password", PASSWORD, "roles", List.of(role)));
            if (created.status() != 201) {
                throw new IllegalStateException("operator " + username + ": " + created.body());
            }
        });
    }

    /**
     * The simulated MBlock chain of the first context, kept by every later one (the vendor outlives us), and its
     * transit runner replaced by {@link HeldTransits}, also kept.
     */
    private final class KeepVendorChain implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (name.equals("simulatedChain")) {
                if (vendorChain == null) {
                    vendorChain = bean;
                }
                return vendorChain;
            }
            if (name.equals("hashDamSimulator")) { // HashDam's books too: one vendor for every instance
                if (vendorHashDam == null) {
                    vendorHashDam = bean;
                }
                return vendorHashDam;
            }
            if (name.equals("transitRunner")) {
                if (vendorTransits == null) {
                    vendorTransits = HeldTransits.on((SimulatedChain) vendorChain);
                }
                return vendorTransits;
            }
            return bean;
        }
    }
}
