package com.aeghash.organization.internal;

import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.StatementCounter;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations per second into one binary tree of 10k, 100k and 1M members, every new member sponsored by
 * the root (the worst case: each one spills over to the bottom level). Each size gets a fresh PostgreSQL
 * schema, bulk-loaded breadth-first with set-based SQL ({@link BinaryTreeBulkLoad}); then the real
 * {@link RegistrationService} registers members one transaction each, as the API does. Prints the median
 * time per placement of several rounds, statements per placement, and the ratio largest / smallest size.
 */
public final class BinaryPlacementBenchmark {

    private static final int WARM_UP = 300;
    private static final int ROUNDS = 5;
    private static final int PER_ROUND = 1000;

    public static void main(String[] arguments) {
        int[] sizes = arguments.length == 0 ? new int[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(arguments).mapToInt(Integer::parseInt).toArray();
        List<double[]> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(run(size));
        }
        System.out.println();
        System.out.println("members     median µs/placement   registrations/s   statements/placement");
        for (int index = 0; index < sizes.length; index++) {
            double[] result = results.get(index);
            System.out.printf(Locale.ROOT, "%-11d %-21.0f %-17.0f %.0f%n", sizes[index], result[0], 1_000_000 / result[0],
                    result[1]);
        }
        if (sizes.length > 1) {
            double ratio = results.get(sizes.length - 1)[0] / results.get(0)[0];
            System.out.printf(Locale.ROOT, "ratio time per placement %d / %d = %.2f (budget <= 2)%n",
                    sizes[sizes.length - 1], sizes[0], ratio);
        }
    }

    /** Median microseconds per placement and statements per placement at one tree size. */
    private static double[] run(int members) {
        try (HikariDataSource pool = pool()) {
            DataSource counted = StatementCounter.wrap(pool);
            JdbcTemplate jdbc = new JdbcTemplate(counted);
            long loadStart = System.nanoTime();
            String root = BinaryTreeBulkLoad.load(jdbc, "b", members);
            System.out.printf(Locale.ROOT, "%d members bulk-loaded in %.1f s%n", members,
                    (System.nanoTime() - loadStart) / 1e9);
            RegistrationService service = new RegistrationService(new JdbcMemberRepository(jdbc),
                    new JdbcUnilevelTreeRepository(jdbc), new JdbcBinaryTreeRepository(jdbc),
                    OrganizationProperties.defaults(), Clock.systemUTC());
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(counted));
            int next = 0;
            for (int index = 0; index < WARM_UP; index++) {
                register(transaction, service, root, "w" + next++);
            }
            int statements = StatementCounter.record(() -> register(transaction, service, root, "counted"))
                    .statements().size();
            double[] rounds = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                for (int index = 0; index < PER_ROUND; index++) {
                    register(transaction, service, root, "n" + next++);
                }
                rounds[round] = (System.nanoTime() - start) / 1e3 / PER_ROUND;
                System.out.printf(Locale.ROOT, "  %d members, round %d: %.0f µs per placement%n", members, round + 1,
                        rounds[round]);
            }
            Arrays.sort(rounds);
            return new double[] {rounds[ROUNDS / 2], statements};
        }
    }

    private static RegisteredMember register(TransactionTemplate transaction, RegistrationService service, String root,
            String member) {
        RegisteredMember placed = transaction.execute(status -> service.register(new Registration(member, root, root),
                "bench"));
        if (!placed.spillover()) {
            throw new IllegalStateException("expected a spillover below the root, got " + placed);
        }
        return placed;
    }

    private static HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(PostgresTestDatabase.createSchemaUrl());
        pool.setUsername(PostgresTestDatabase.USER);
        pool.setPassword(PostgresTestDatabase.PASSWORD);
        pool.setMaximumPoolSize(2);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return pool;
    }
}
