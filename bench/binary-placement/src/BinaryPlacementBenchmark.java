package com.aeghash.organization.internal;

import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.BenchDatabase;
import com.aeghash.testsupport.StatementCounter;
import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations per second into one binary tree of 10k, 100k and 1M members, every new member sponsored by
 * the root (the worst case: each one spills over to the bottom level). Each size gets a fresh PostgreSQL
 * schema, bulk-loaded breadth-first with set-based SQL ({@link BinaryTreeBulkLoad}); then the real
 * {@link OrganizationChangesService} registers members one transaction each, as the API does. Rounds alternate
 * between the sizes; prints the median time per placement of each size, statements per placement, and the
 * ratio largest / smallest size.
 */
public final class BinaryPlacementBenchmark {

    private static final int WARM_UP = 300;
    private static final int ROUNDS = 7;
    private static final int PER_ROUND = 1000;

    public static void main(String[] arguments) {
        int[] sizes = arguments.length == 0
                ? new int[] {10_000, 100_000, 1_000_000}
                : Arrays.stream(arguments).mapToInt(Integer::parseInt).toArray();
        List<Tree> trees = new ArrayList<>();
        try {
            for (int size : sizes) {
                trees.add(Tree.load(size));
            }
            // Rounds alternate between the sizes, so the machine's noise falls on all of them alike.
            for (int round = 1; round <= ROUNDS; round++) {
                for (Tree tree : trees) {
                    double micros = tree.timeRound();
                    System.out.printf(
                            Locale.ROOT,
                            "  round %d, %d members: %.0f µs per placement%n",
                            round,
                            tree.members,
                            micros);
                }
            }
            report(sizes, trees);
        } finally {
            trees.forEach(tree -> tree.pool.close());
        }
    }

    private static void report(int[] sizes, List<Tree> trees) {
        System.out.println();
        System.out.println("members     median µs/placement   registrations/s   statements/placement");
        for (Tree tree : trees) {
            double median = tree.median();
            System.out.printf(
                    Locale.ROOT,
                    "%-11d %-21.0f %-17.0f %d%n",
                    tree.members,
                    median,
                    1_000_000 / median,
                    tree.statements);
        }
        if (trees.size() > 1) {
            double ratio = trees.get(trees.size() - 1).median() / trees.get(0).median();
            System.out.printf(
                    Locale.ROOT,
                    "ratio time per placement %d / %d = %.2f (budget <= 2)%n",
                    sizes[sizes.length - 1],
                    sizes[0],
                    ratio);
        }
    }

    /** One bulk-loaded tree in its own schema, with the service registering into it. */
    private static final class Tree {
        final int members;
        final HikariDataSource pool;
        final OrganizationChangesService service;
        final TransactionTemplate transaction;
        final String root;
        final List<Double> rounds = new ArrayList<>();
        int statements;
        int next;

        private Tree(int members, HikariDataSource pool) {
            this.members = members;
            this.pool = pool;
            DataSource counted = StatementCounter.wrap(pool);
            JdbcTemplate jdbc = new JdbcTemplate(counted);
            long loadStart = System.nanoTime();
            root = BinaryTreeBulkLoad.load(jdbc, "b", members);
            System.out.printf(
                    Locale.ROOT, "%d members bulk-loaded in %.1f s%n", members, (System.nanoTime() - loadStart) / 1e9);
            service = OrganizationOverJdbc.changes(jdbc);
            transaction = new TransactionTemplate(new DataSourceTransactionManager(counted));
        }

        static Tree load(int members) {
            Tree tree = new Tree(members, BenchDatabase.migratedPool(2));
            for (int index = 0; index < WARM_UP; index++) {
                register(tree.transaction, tree.service, tree.root, "w" + tree.next++);
            }
            tree.statements = StatementCounter.record(
                            () -> register(tree.transaction, tree.service, tree.root, "counted"))
                    .statements()
                    .size();
            return tree;
        }

        double timeRound() {
            long start = System.nanoTime();
            for (int index = 0; index < PER_ROUND; index++) {
                register(transaction, service, root, "n" + next++);
            }
            double micros = (System.nanoTime() - start) / 1e3 / PER_ROUND;
            rounds.add(micros);
            return micros;
        }

        double median() {
            List<Double> sorted = rounds.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private static RegisteredMember register(
            TransactionTemplate transaction, OrganizationChangesService service, String root, String member) {
        RegisteredMember placed =
                transaction.execute(status -> service.register(new Registration(member, root, root), "bench"));
        if (!placed.spillover()) {
            throw new IllegalStateException("expected a spillover below the root, got " + placed);
        }
        return placed;
    }
}
