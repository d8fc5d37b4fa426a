package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.PostgresTestDatabase;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 16 threads register members under the same sponsor at once (the root, and a member deeper in the tree):
 * no slot ever holds two members, nothing fails, and the sponsor's subtree ends up exactly breadth-first
 * compact, as if the registrations had run one after the other. Then half of them register under the root
 * and half under a member of its subtree at the same time (overlapping subtrees race for slots).
 */
class PlacementConcurrencyIT {

    private static final int THREADS = 16;
    private static final int MEMBERS_PER_THREAD = 12;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void concurrentRegistrationsUnderOneSponsorNeverShareASlot(TestDatabases.Kind kind) throws Exception {
        if (kind == TestDatabases.Kind.POSTGRES && !PostgresTestDatabase.required()) {
            Assumptions.assumeTrue(PostgresTestDatabase.available(), "PostgreSQL not reachable: skipped");
        }
        DataSource dataSource = TestDatabases.create(kind);
        try {
            registerConcurrently(dataSource);
        } finally {
            TestDatabases.close(dataSource);
        }
    }

    private static void registerConcurrently(DataSource dataSource) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        OrganizationChangesService service = OrganizationOverJdbc.changes(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        transaction.executeWithoutResult(status -> service.register(new Registration("root", null, null), "t"));
        transaction.executeWithoutResult(status -> service.register(new Registration("left", "root", "root"), "t"));

        for (String sponsor : List.of("root", "left")) {
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<RegisteredMember> placed = new ConcurrentLinkedQueue<>();
            runConcurrently(thread -> {
                for (int index = 0; index < MEMBERS_PER_THREAD; index++) {
                    String member = sponsor + "-" + thread + "-" + index;
                    try {
                        placed.add(transaction.execute(
                                status -> service.register(new Registration(member, sponsor, sponsor), "t")));
                    } catch (RuntimeException failure) {
                        failures.add(failure);
                    }
                }
            });

            assertThat(failures).isEmpty();
            assertThat(placed).hasSize(THREADS * MEMBERS_PER_THREAD);
            assertThat(jdbc.queryForObject("""
                    SELECT COUNT(*) FROM (SELECT parent_member_id, side FROM organization_binary_nodes
                    WHERE parent_member_id IS NOT NULL GROUP BY parent_member_id, side HAVING COUNT(*) > 1) doubled""", Integer.class)).isZero();
            assertSubtreeIsBreadthFirstCompact(jdbc, sponsor);
        }
        // overlapping subtrees at once: the root's registrations and left's race for the same slots
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        runConcurrently(thread -> {
            String sponsor = thread % 2 == 0 ? "root" : "left";
            for (int index = 0; index < MEMBERS_PER_THREAD; index++) {
                String member = "mixed-" + thread + "-" + index;
                try {
                    transaction.execute(status -> service.register(new Registration(member, sponsor, sponsor), "t"));
                } catch (RuntimeException failure) {
                    failures.add(failure);
                }
            }
        });
        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organization_binary_nodes", Long.class))
                .isEqualTo(2 + 3L * THREADS * MEMBERS_PER_THREAD);
        long nodes = jdbc.queryForObject("SELECT COUNT(*) FROM organization_binary_nodes", Long.class);
        long openSlots = jdbc.queryForObject("SELECT COUNT(*) FROM organization_binary_open_slots", Long.class);
        assertThat(openSlots)
                .as("every node brings two slots, every non-root node fills one")
                .isEqualTo(nodes + 1);
    }

    /**
     * The root's subtree is the whole tree; "left"'s is every node below it. In both, the occupied positions of
     * each relative level must be a prefix of the level, and every level but the last full.
     */
    private static void assertSubtreeIsBreadthFirstCompact(JdbcTemplate jdbc, String sponsor) {
        BinaryNode top = new JdbcBinaryTreeRepository(jdbc).find(sponsor).orElseThrow();
        List<long[]> placedLevels = new ArrayList<>();
        for (LevelRange range : BinaryPositions.subtreeRanges(top.depth(), top.position(), 12)) {
            List<BigInteger> positions = jdbc
                    .queryForList(
                            """
                    SELECT level_position FROM organization_binary_nodes
                    WHERE depth = ? AND level_position >= ? AND level_position < ? ORDER BY level_position""",
                            BigDecimal.class,
                            range.depth(),
                            new BigDecimal(range.fromInclusive()),
                            new BigDecimal(range.toExclusive()))
                    .stream()
                    .map(BigDecimal::toBigInteger)
                    .toList();
            Set<BigInteger> expected = new HashSet<>();
            for (int offset = 0; offset < positions.size(); offset++) {
                expected.add(range.fromInclusive().add(BigInteger.valueOf(offset)));
            }
            assertThat(new HashSet<>(positions))
                    .as("depth %d below %s", range.depth(), sponsor)
                    .isEqualTo(expected);
            placedLevels.add(new long[] {
                positions.size(),
                range.toExclusive().subtract(range.fromInclusive()).longValue()
            });
        }
        boolean partialSeen = false;
        for (long[] level : placedLevels) {
            assertThat(partialSeen && level[0] > 0)
                    .as("a level below a partial level has members")
                    .isFalse();
            partialSeen = partialSeen || level[0] < level[1];
        }
    }

    private static void runConcurrently(IntConsumer work) throws Exception {
        Concurrently.run(THREADS, thread -> {
            work.accept(thread);
            return thread;
        });
    }
}
