package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The credit poster on PostgreSQL (schedules off: the posters are called here): concurrent posters post each order's
 * credits once, a poster that dies mid-batch leaves its orders queued, and orders, refunds and a closing racing the
 * poster end with every entry confirmed, cancelled or clawed back once. A chain root ← 1 ← 2 ← 3 of its own; an order
 * of 3 with PV 100 pays 2 31 and 1 6.
 */
@PostgresIntegrationTest
class BonusCreditsPostgresIT extends BonusDistributionTestBase {

    @Autowired
    BonusCreditQueue queue;

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    BonusClosingService closings;

    @Autowired
    BonusOrderRepository orders;

    @Autowired
    BonusDebts debts;

    @Autowired
    JdbcTemplate jdbc;

    private String prefix;
    private Instant cutoff;

    @BeforeEach
    void setUpChain() {
        prefix = TestIds.unique("credits");
        cutoff = Instant.parse("2023-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L));
        registerChainOfThree(prefix);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void fourConcurrentPostersPostEveryOrderExactlyOnce() throws Exception {
        int orderCount = 60;
        for (int order = 0; order < orderCount; order++) {
            distribute("o" + order, Instant.now());
        }
        assertThat(points(member(2)).pending()).as("queued, not posted").isEqualByComparingTo("0");
        List<BonusCreditPoster> posters = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            posters.add(poster(slowLedger(), 7));
        }

        List<Integer> posted = Concurrently.run(4, thread -> posters.get(thread).postOutstanding());

        assertThat(posted.stream().mapToInt(Integer::intValue).sum())
                .as("every order once (other classes' queued orders may be posted too)")
                .isGreaterThanOrEqualTo(orderCount);
        assertThat(posted)
                .as("the posters shared the work")
                .filteredOn(count -> count > 0)
                .hasSizeGreaterThan(1);
        assertThat(queuedOrdersOfThisTest()).isZero();
        assertThat(points(member(2)).pending()).as("60 x 31, once").isEqualByComparingTo("1860");
        assertThat(points(member(1)).pending()).as("60 x 6, once").isEqualByComparingTo("360");
        assertThat(credits.postOutstanding()).as("nothing left").isZero();
        assertThat(points(member(2)).pending()).isEqualByComparingTo("1860");
    }

    /** 25 orders are three lookups of at most 10 references: each beneficiary's sums over all of them added up. */
    @Test
    void theCreditsOfMoreOrdersThanOneLookupTakesAreSummedOverEveryChunk() {
        List<String> references = new ArrayList<>();
        for (int order = 0; order < 25; order++) {
            distribute("c" + order, Instant.now());
            references.add(reference("c" + order));
        }

        assertThat(unitOfWork.inNewTransaction(() -> queue.creditsOf(references)))
                .as("25 x 31 and 25 x 6 (the uplines above the chain are shared with other tests)")
                .hasEntrySatisfying(member(2), credit -> assertThat(credit).isEqualByComparingTo("775"))
                .hasEntrySatisfying(member(1), credit -> assertThat(credit).isEqualByComparingTo("150"));
        assertThat(JdbcBonusCreditQueue.REFERENCES_PER_LOOKUP).isLessThan(references.size() / 2);
    }

    @Test
    void aPosterThatDiesMidBatchLeavesItsOrdersQueuedAndTheNextRunPostsThemOnce() {
        distribute("a", Instant.now());
        distribute("b", Instant.now());
        BonusCreditPoster dying = poster(ledgerFailingAfterPost(), 200);

        assertThatThrownBy(dying::postOutstanding).hasMessageContaining("simulated crash");

        assertThat(queuedOrdersOfThisTest()).as("rolled back whole").isEqualTo(2);
        assertThat(points(member(2)).pending()).isEqualByComparingTo("0");
        credits.postOutstanding();
        assertThat(queuedOrdersOfThisTest()).isZero();
        assertThat(points(member(2)).pending()).as("2 x 31, once").isEqualByComparingTo("62");
    }

    /**
     * Orders, their refunds (before and after they are confirmed), the poster and a closing at once; then what is left
     * is posted and a later closing runs: every entry ends confirmed, or (refunded orders) cancelled or clawed back,
     * once, and no amount stays pending.
     */
    @Test
    void ordersRefundsAndAClosingRacingThePosterSettleEveryEntryOnce() throws Exception {
        Instant paidAt = cutoff.minus(Duration.ofDays(5));
        int orderCount = 24;
        List<String> refunded = new ArrayList<>();
        for (int order = 0; order < orderCount / 2; order++) {
            distribute("early" + order, paidAt);
        }
        AtomicBoolean ordering = new AtomicBoolean(true);

        Concurrently.run(4, thread -> {
            switch (thread) {
                case 0 -> {
                    for (int order = orderCount / 2; order < orderCount; order++) {
                        distribute("late" + order, paidAt);
                    }
                    ordering.set(false);
                }
                case 1 -> {
                    while (ordering.get()) {
                        credits.postOutstanding();
                    }
                }
                case 2 -> closings.close(cutoff, "finance");
                default -> {
                    for (int order = 0; order < orderCount / 2; order += 3) {
                        bonuses.markRefunded(reference("early" + order), paidAt.plus(Duration.ofHours(1)));
                        refunded.add(reference("early" + order));
                    }
                }
            }
            return null;
        });
        credits.postOutstanding();
        closings.close(cutoff.plus(Duration.ofDays(1)), "finance");

        List<BonusEntry> entries = entriesOfThisTest();
        assertThat(entries)
                .hasSize(orderCount * orders.entriesOfOrder(reference("early0")).size());
        assertThat(entries).allSatisfy(entry -> {
            if (refunded.contains(entry.orderReference())) {
                assertThat(entry.status()).isIn(BonusEntryStatus.CANCELLED, BonusEntryStatus.CLAWED_BACK);
            } else {
                assertThat(entry.status()).isEqualTo(BonusEntryStatus.CONFIRMED);
            }
        });
        BigDecimal kept = new BigDecimal(orderCount - refunded.size());
        assertThat(points(member(2)).pending()).isEqualByComparingTo("0");
        assertThat(points(member(2)).available())
                .as("31 per order not refunded")
                .isEqualByComparingTo(kept.multiply(new BigDecimal("31")));
        assertThat(points(member(1)).available()).isEqualByComparingTo(kept.multiply(new BigDecimal("6")));
        assertThat(debts.debtOf(member(2))).isEqualByComparingTo("0");
        assertThat(queuedOrdersOfThisTest()).isZero();
    }

    private BonusCreditPoster poster(Ledger postingLedger, int batchOrders) {
        return new BonusCreditPoster(
                queue, postingLedger, unitOfWork, new BonusCreditProperties(Duration.ofMillis(200), batchOrders));
    }

    /** The ledger, each post taking 20 ms longer: the posters' batches overlap. */
    private Ledger slowLedger() {
        return ledgerWrapping(() -> Thread.sleep(20));
    }

    private Ledger ledgerFailingAfterPost() {
        return ledgerWrapping(() -> {
            throw new IllegalStateException("simulated crash after posting a batch");
        });
    }

    private interface AfterPost {
        void run() throws Exception;
    }

    private Ledger ledgerWrapping(AfterPost afterPost) {
        return (Ledger) Proxy.newProxyInstance(
                Ledger.class.getClassLoader(), new Class<?>[] {Ledger.class}, (proxy, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(ledger, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                    if (method.getName().equals("post")) {
                        afterPost.run();
                    }
                    return result;
                });
    }

    private void distribute(String order, Instant paidAt) {
        bonuses.distribute(new PaidOrder(reference(order), member(3), new BigDecimal("100"), paidAt));
    }

    private long queuedOrdersOfThisTest() {
        Long queued = jdbc.queryForObject(
                "SELECT COUNT(*) FROM bonus_credit_queue WHERE order_reference LIKE ?", Long.class, prefix + ":%");
        return queued == null ? 0 : queued;
    }

    private List<BonusEntry> entriesOfThisTest() {
        List<String> references = jdbc.queryForList(
                "SELECT order_reference FROM bonus_orders WHERE order_reference LIKE ?", String.class, prefix + ":%");
        return references.stream()
                .flatMap(reference -> orders.entriesOfOrder(reference).stream())
                .toList();
    }

    private String reference(String order) {
        return prefix + ":" + order;
    }

    private String member(int index) {
        return prefix + "-" + index;
    }

    private AssetBalance points(String memberId) {
        return ledger.balancesOf(memberId).of(Asset.POINT);
    }
}
