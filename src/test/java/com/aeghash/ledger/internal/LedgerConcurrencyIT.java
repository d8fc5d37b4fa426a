package com.aeghash.ledger.internal;

import static com.aeghash.ledger.LedgerFixtures.credit;
import static com.aeghash.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 16 threads post transfers between the same four members (with overdrafts) and race on shared
 * references; afterwards every invariant holds, no money was created or lost, no deadlock occurred,
 * and each shared reference was applied exactly once.
 */
class LedgerConcurrencyIT {

    private static final int THREADS = 16;
    private static final int TRANSFERS_PER_THREAD = 40;
    private static final int SHARED_REFERENCES = 10;
    private static final List<String> MEMBERS = List.of("w", "x", "y", "z");

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void concurrentPostingsKeepEveryInvariant(TestDatabases.Kind kind) throws Exception {
        Race race = new Race(databases.open(kind), "100");
        LedgerService ledger = race.ledger;
        race.run((thread, step, from, to, random) -> {
            String amount = (1 + random.nextInt(60)) + ".5";
            String reference = "t-" + thread + "-" + step;
            race.post(() -> ledger.post(transfer(reference, from, to, Asset.POINT, amount)));
            if (step < SHARED_REFERENCES) {
                String shared = "shared-" + step;
                race.post(() -> ledger.post(credit(shared, "w", Asset.POINT, "1")));
            }
        });

        assertThat(race.unexpected).isEmpty();
        InvariantReport report = race.transaction.execute(status -> ledger.checkInvariants());
        assertThat(report.violations()).isEmpty();
        assertThat(race.totalAvailable()).isEqualByComparingTo(new BigDecimal(400 + SHARED_REFERENCES));
        assertThat(race.refused.get()).as("some transfers were overdrafts").isPositive();
        assertThat(race.sharedEntries()).isEqualTo(SHARED_REFERENCES);
    }

    /** One step of a racing thread: the thread's index, the step's, two distinct members and the thread's random. */
    private interface Step {
        void take(int thread, int step, String from, String to, Random random);
    }

    /** A ledger on a fresh database with its members seeded, the threads racing on it and what they ran into. */
    private static final class Race {

        final DataSource dataSource;
        final LedgerService ledger;
        final TransactionTemplate transaction;
        final AtomicInteger refused = new AtomicInteger();
        final ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();

        Race(DataSource dataSource, String eachMember) {
            this.dataSource = dataSource;
            ledger = new LedgerService(new JdbcLedgerRepository(new JdbcTemplate(dataSource)), Clock.systemUTC());
            transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            MEMBERS.forEach(member -> transaction.executeWithoutResult(
                    status -> ledger.post(credit("seed-" + member, member, Asset.POINT, eachMember))));
        }

        /** {@code THREADS} threads at once, each taking {@code TRANSFERS_PER_THREAD} steps between random members. */
        void run(Step step) throws Exception {
            runConcurrently(thread -> {
                Random random = new Random(thread);
                for (int index = 0; index < TRANSFERS_PER_THREAD; index++) {
                    String from = MEMBERS.get(random.nextInt(MEMBERS.size()));
                    step.take(thread, index, from, anotherMember(from, random), random);
                }
            });
        }

        /** Posts in a transaction of its own: an overdraft counts as refused, any other failure as unexpected. */
        void post(Runnable posting) {
            try {
                transaction.executeWithoutResult(status -> posting.run());
            } catch (InsufficientBalanceException overdraft) {
                refused.incrementAndGet();
            } catch (RuntimeException failure) {
                unexpected.add(failure);
            }
        }

        BigDecimal totalAvailable() {
            return MEMBERS.stream()
                    .map(member -> ledger.balancesOf(member).of(Asset.POINT).available())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        Integer sharedEntries() {
            return new JdbcTemplate(dataSource)
                    .queryForObject(
                            "SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE 'shared-%'", Integer.class);
        }
    }

    private static String anotherMember(String member, Random random) {
        return MEMBERS.get((MEMBERS.indexOf(member) + 1 + random.nextInt(MEMBERS.size() - 1)) % MEMBERS.size());
    }

    private static void runConcurrently(IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
            int index = thread;
            futures.add(pool.submit(() -> {
                start.await();
                work.accept(index);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }
}
