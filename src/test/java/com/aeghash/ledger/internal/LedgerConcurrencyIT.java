package com.aeghash.ledger.internal;

import static com.aeghash.ledger.internal.LedgerFixtures.credit;
import static com.aeghash.ledger.internal.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.SystemAccount;
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
        Books books = Books.seeded(databases.open(kind), "100");
        LedgerService ledger = books.ledger();
        TransactionTemplate transaction = books.transaction();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        runConcurrently(threadIndex -> {
            Random random = new Random(threadIndex);
            for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                String from = MEMBERS.get(random.nextInt(MEMBERS.size()));
                String to = anotherMember(from, random);
                String amount = (1 + random.nextInt(60)) + ".5";
                String reference = "t-" + threadIndex + "-" + i;
                post(transaction, () -> ledger.post(transfer(reference, from, to, Asset.POINT, amount)),
                        refused, unexpected);
                if (i < SHARED_REFERENCES) {
                    String shared = "shared-" + i;
                    post(transaction, () -> ledger.post(credit(shared, "w", Asset.POINT, "1")),
                            refused, unexpected);
                }
            }
        });

        assertThat(unexpected).isEmpty();
        InvariantReport report = transaction.execute(status -> ledger.checkInvariants());
        assertThat(report.violations()).isEmpty();
        BigDecimal total = MEMBERS.stream()
                .map(member -> ledger.balancesOf(member).of(Asset.POINT).available())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(new BigDecimal(400 + SHARED_REFERENCES));
        assertThat(refused.get()).as("some transfers were overdrafts").isPositive();
        Integer sharedEntries = new JdbcTemplate(books.dataSource()).queryForObject(
                "SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE 'shared-%'", Integer.class);
        assertThat(sharedEntries).isEqualTo(SHARED_REFERENCES);
    }

    /**
     * Bonus-style credits deferred to the end of their transaction ({@code postCredits}) race with transfers
     * that debit the same members: locks are still taken in id order (no deadlock), every credit lands once
     * (shared references too), and the transfers' overdraft checks see the credited balances.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void deferredCreditsRacingWithTransfersKeepEveryInvariant(TestDatabases.Kind kind) throws Exception {
        Books books = Books.seeded(databases.open(kind), "10");
        LedgerService ledger = books.ledger();
        TransactionTemplate transaction = books.transaction();
        AtomicInteger refused = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        runConcurrently(threadIndex -> {
            Random random = new Random(threadIndex);
            for (int i = 0; i < TRANSFERS_PER_THREAD; i++) {
                String from = MEMBERS.get(random.nextInt(MEMBERS.size()));
                String to = anotherMember(from, random);
                String reference = "t-" + threadIndex + "-" + i;
                post(transaction, () -> ledger.post(transfer(reference, from, to, Asset.POINT, "7")),
                        refused, unexpected);
                String credits = i < SHARED_REFERENCES ? "shared-" + i : "credits-" + threadIndex + "-" + i;
                post(transaction, () -> ledger.postCredits(creditsToEveryMember(credits)), refused, unexpected);
            }
        });

        assertThat(unexpected).isEmpty();
        assertThat(transaction.execute(status -> ledger.checkInvariants()).violations()).isEmpty();
        int creditEntries = SHARED_REFERENCES + THREADS * (TRANSFERS_PER_THREAD - SHARED_REFERENCES);
        BigDecimal total = MEMBERS.stream()
                .map(member -> ledger.balancesOf(member).of(Asset.POINT).available())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(new BigDecimal(40 + creditEntries * MEMBERS.size()));
        Integer sharedEntries = new JdbcTemplate(books.dataSource()).queryForObject(
                "SELECT COUNT(*) FROM ledger_entries WHERE reference LIKE 'shared-%'", Integer.class);
        assertThat(sharedEntries).isEqualTo(SHARED_REFERENCES);
        assertThat(refused.get()).as("some transfers were overdrafts").isPositive();
    }

    /** A ledger on a fresh database, members seeded. */
    private record Books(DataSource dataSource, LedgerService ledger, TransactionTemplate transaction) {

        static Books seeded(DataSource dataSource, String eachMember) {
            LedgerService ledger = new LedgerService(new JdbcLedgerRepository(new JdbcTemplate(dataSource)),
                    Clock.systemUTC());
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            MEMBERS.forEach(member -> transaction.executeWithoutResult(
                    status -> ledger.post(credit("seed-" + member, member, Asset.POINT, eachMember))));
            return new Books(dataSource, ledger, transaction);
        }
    }

    private static String anotherMember(String member, Random random) {
        return MEMBERS.get((MEMBERS.indexOf(member) + 1 + random.nextInt(MEMBERS.size() - 1)) % MEMBERS.size());
    }

    /** 1 POINT to each member's available balance, as bonuses credit their uplines. */
    private static EntryRequest creditsToEveryMember(String reference) {
        EntryRequest.Builder entry = EntryRequest.builder(reference, "test credits");
        MEMBERS.forEach(member -> entry.move(AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.POINT),
                AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE), BigDecimal.ONE));
        return entry.build();
    }

    private static void post(TransactionTemplate transaction, Runnable posting, AtomicInteger refused,
            ConcurrentLinkedQueue<Throwable> unexpected) {
        try {
            transaction.executeWithoutResult(status -> posting.run());
        } catch (InsufficientBalanceException overdraft) {
            refused.incrementAndGet();
        } catch (RuntimeException failure) {
            unexpected.add(failure);
        }
    }

    private static void runConcurrently(java.util.function.IntConsumer work) throws Exception {
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
