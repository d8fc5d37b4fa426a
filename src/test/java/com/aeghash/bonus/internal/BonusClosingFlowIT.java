package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.OrderDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.ledger.BulkPosting;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.RecordingBulkPosting;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Distribution and closing through the real application and database, on H2 and on PostgreSQL.
 * Shared context: each test uses its own members, orders and a cut-off of its own in the past.
 */
@OnEachDatabase
class BonusClosingFlowIT extends BonusDistributionTestBase {

    @RegisterExtension
    final TestApplication application;

    @LocalServerPort
    int port;

    @Autowired
    ClosingRepository closingRuns;

    @Autowired
    BonusOrderRepository orders;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BonusProperties properties;

    @Autowired
    BonusClosingJob scheduledJob;

    @Autowired
    MeterRegistry meters;

    @Autowired
    BulkPosting bulkPosting;

    private String prefix;
    private Instant cutoff;

    BonusClosingFlowIT(TestDatabases.Kind database) {
        application = TestApplication.on(database);
    }

    @BeforeEach
    void setUp() {
        prefix = TestIds.unique("flow");
        cutoff = Instant.parse("2021-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L));
        registerChainOfThree(prefix);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void closingConfirmsOldOrdersCancelsRefundedOnesAndLeavesRecentOnesPending() {
        distribute("old", cutoff.minus(Duration.ofDays(5)));
        distribute("refunded", cutoff.minus(Duration.ofDays(5)));
        distribute("recent", Instant.now());
        bonuses.markRefunded(prefix + "-refunded", cutoff.minus(Duration.ofDays(4)));
        ApiClient finance = ApiClient.newOperator(port, "FINANCE");

        ApiClient.Response closed = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff));

        assertThat(closed.status()).as("%s", closed.body()).isEqualTo(200);
        assertThat(closed.map()).containsEntry("status", "COMPLETED");
        assertThat(closed.map())
                .as("the totals are served inline")
                .containsKeys(
                        "processedEntries",
                        "confirmedEntries",
                        "cancelledEntries",
                        "confirmedAmount",
                        "cancelledAmount",
                        "chunks")
                .doesNotContainKey("totals");
        assertThat(statusesOf("old")).containsOnly(BonusEntryStatus.CONFIRMED);
        assertThat(statusesOf("refunded")).containsOnly(BonusEntryStatus.CANCELLED);
        assertThat(statusesOf("recent")).containsOnly(BonusEntryStatus.PENDING);
        // member 2 gets 30 % referral + 1 % sponsor of each order from member 3
        assertThat(points(member(2)).available()).isEqualByComparingTo("31");
        assertThat(points(member(2)).pending()).as("the recent order only").isEqualByComparingTo("31");
        ApiClient.Response again = finance.postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff));
        assertThat(again.map())
                .containsEntry("id", closed.map().get("id"))
                .containsEntry("processedEntries", closed.map().get("processedEntries"));
        assertThat(points(member(2)).available()).isEqualByComparingTo("31");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> closingRuns = (List<Map<String, Object>>)
                finance.get("/api/v1/bonus/closings").map().get("items");
        assertThat(closingRuns)
                .anySatisfy(
                        run -> assertThat(run).containsEntry("id", closed.map().get("id")));
        ApiClient.Response firstEntries = finance.get("/api/v1/members/" + member(2) + "/bonus-entries?limit=4");
        ApiClient.Response lastEntries = finance.get(
                "/api/v1/members/" + member(2) + "/bonus-entries?limit=4&cursor=" + firstEntries.text("next"));
        assertThat(firstEntries.json().path("items").size()).isEqualTo(4);
        assertThat(lastEntries.json().path("items").size()).isEqualTo(2);
        assertThat(lastEntries.json().path("next").isNull()).isTrue();
        assertThat(ApiClient.anonymous(port)
                        .postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aChunkThatFailsIsRolledBackWholeAndTheNextRunResumesAfterTheLastCommittedChunk() {
        BigDecimal distributed = BigDecimal.ZERO;
        for (int order = 1; order <= 4; order++) {
            distributed = distributed.add(
                    distribute("o" + order, cutoff.minus(Duration.ofDays(3))).total());
        }
        credits.postOutstanding();
        BonusClosingService crashing = smallChunkClosing(ledger, RecordingBulkPosting.failingOnCall(bulkPosting, 3));

        assertThatThrownBy(() -> crashing.close(cutoff, "finance")).hasMessageContaining("simulated crash");
        ClosingRun interrupted = closingRuns.findByCutoff(cutoff).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(ClosingStatus.RUNNING);
        assertThat(interrupted.chunks()).isEqualTo(2);
        assertThat(interrupted.processedEntries()).isPositive().isLessThan(interrupted.totalEntries());
        assertThat(ledger.checkInvariants().violations()).isEmpty();

        ClosingRun resumed = smallChunkClosing(ledger, bulkPosting).close(cutoff, "finance");

        assertThat(resumed.id()).isEqualTo(interrupted.id());
        assertThat(resumed.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(resumed.processedEntries()).isEqualTo(resumed.totalEntries()).isGreaterThanOrEqualTo(24);
        assertThat(resumed.confirmedAmount())
                .as("every entry of the 4 orders, once")
                .isGreaterThanOrEqualTo(distributed);
        for (int order = 1; order <= 4; order++) {
            assertThat(statusesOf("o" + order)).containsOnly(BonusEntryStatus.CONFIRMED);
        }
        assertThat(points(member(2)).pending()).isEqualByComparingTo("0");
        assertThat(points(member(2)).available())
                .as("4 x (30 % + 1 %), not more")
                .isEqualByComparingTo("124");
        assertThat(points(member(1)).available()).as("4 x (5 % + 1 %)").isEqualByComparingTo("24");
    }

    @Test
    void theClosingPostsEveryChunkThroughBulkPostingNotThroughTheLedger() {
        for (int order = 1; order <= 4; order++) {
            distribute("bulk" + order, cutoff.minus(Duration.ofDays(3)));
        }
        credits.postOutstanding();
        RecordingBulkPosting recording = RecordingBulkPosting.of(bulkPosting);

        ClosingRun run = smallChunkClosing(ledgerRefusingPosts(), recording).close(cutoff, "finance");

        assertThat(run.status()).isEqualTo(ClosingStatus.COMPLETED);
        List<String> references = recording.postedReferences();
        assertThat(references)
                .isNotEmpty()
                .allMatch(reference -> reference.startsWith("bonus-closing:" + run.id() + ":"));
        long chunksPosted = references.stream()
                .map(reference -> reference.split(":")[2])
                .distinct()
                .count();
        assertThat(chunksPosted).as("several chunks of 5 entries").isGreaterThan(1);
        assertThat(recording.postAllCalls())
                .as("one set-based posting per chunk")
                .isEqualTo((int) chunksPosted);
        assertThat(points(member(2)).available())
                .as("4 x (30 % + 1 %), posted by BulkPosting")
                .isEqualByComparingTo("124");
    }

    @Test
    void theScheduledJobClosesTheLatestDueCutoffOnce() {
        distribute("scheduled", Instant.now().minus(Duration.ofDays(5)));
        Instant due = ClosingSchedule.latestCutoff(properties.closing(), Instant.now());

        scheduledJob.closeLatestDue();
        scheduledJob.closeLatestDue();

        ClosingRun run = closingRuns.findByCutoff(due).orElseThrow();
        assertThat(run.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(run.startedBy()).isEqualTo("scheduler");
        assertThat(statusesOf("scheduled")).containsOnly(BonusEntryStatus.CONFIRMED);
        assertThat(points(member(2)).available()).isEqualByComparingTo("31");
    }

    @Test
    void concurrentClosingsOfTheSameAndOfOverlappingCutoffsMoveEachEntryOnce() throws Exception {
        for (int order = 1; order <= 4; order++) {
            distribute("c" + order, cutoff.minus(Duration.ofDays(3)));
        }
        credits.postOutstanding();
        BonusClosingService closing = smallChunkClosing(ledger, bulkPosting);
        Instant later = cutoff.plusSeconds(1);

        List<ClosingRun> runs =
                Concurrently.run(6, thread -> closing.close(thread % 3 == 2 ? later : cutoff, "finance-" + thread));

        ClosingRun first = closingRuns.findByCutoff(cutoff).orElseThrow();
        assertThat(runs)
                .filteredOn(run -> run.cutoff().equals(cutoff))
                .extracting(ClosingRun::id)
                .containsOnly(first.id());
        assertThat(runs).extracting(ClosingRun::status).containsOnly(ClosingStatus.COMPLETED);
        assertThat(auditLog.recent("bonus.closing.started", 500))
                .filteredOn(entry -> entry.target().equals("closing:" + first.id()))
                .hasSize(1);
        for (int order = 1; order <= 4; order++) {
            assertThat(statusesOf("c" + order)).containsOnly(BonusEntryStatus.CONFIRMED);
        }
        assertThat(points(member(2)).pending()).isEqualByComparingTo("0");
        assertThat(points(member(2)).available()).as("4 x (30 % + 1 %), once").isEqualByComparingTo("124");
    }

    /** The configured plan with closing chunks of 5 entries, so a closing takes several chunks. */
    private BonusProperties smallChunks() {
        return new BonusProperties(
                properties.rules(),
                properties.plans(),
                properties.closing().withChunkEntries(5),
                properties.center(),
                properties.globalShare());
    }

    @Test
    void concurrentDistributionsOfOneOrderPayItOnce() throws Exception {
        PaidOrder order = new PaidOrder(prefix + "-raced", member(3), new BigDecimal("100"), Instant.now());

        List<OrderDistribution> distributions = Concurrently.run(8, thread -> bonuses.distribute(order));

        assertThat(distributions)
                .filteredOn(distribution -> !distribution.replayed())
                .hasSize(1);
        assertThat(distributions)
                .extracting(OrderDistribution::entries)
                .containsOnly(distributions.get(0).entries());
        assertThat(orders.entriesOfOrder(order.orderReference()))
                .hasSize(distributions.get(0).entries());
        assertThat(points(member(2)).pending()).as("queued, not posted yet").isEqualByComparingTo("0");
        assertThat(credits.postOutstanding()).as("the order once").isEqualTo(1);
        assertThat(points(member(2)).pending()).as("30 % + 1 %, once").isEqualByComparingTo("31");
    }

    /** A closing of chunks of 5 entries, no global share: it reads through {@code ledger}, posts by {@code postings}. */
    private BonusClosingService smallChunkClosing(Ledger ledger, BulkPosting postings) {
        return new BonusClosingService(
                closingRuns,
                ledger,
                postings,
                auditLog,
                unitOfWork,
                events,
                smallChunks(),
                Clock.systemUTC(),
                meters,
                GlobalShareStep.NONE,
                1,
                ClosingCarry.NONE);
    }

    /** The ledger for reads: posting through it fails. */
    private Ledger ledgerRefusingPosts() {
        return (Ledger) Proxy.newProxyInstance(
                Ledger.class.getClassLoader(), new Class<?>[] {Ledger.class}, (proxy, method, arguments) -> {
                    if (method.getName().startsWith("post")) {
                        throw new AssertionError("the closing posted through Ledger." + method.getName());
                    }
                    try {
                        return method.invoke(ledger, arguments);
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    private OrderDistribution distribute(String order, Instant paidAt) {
        return bonuses.distribute(new PaidOrder(prefix + "-" + order, member(3), new BigDecimal("100"), paidAt));
    }

    private List<BonusEntryStatus> statusesOf(String order) {
        return orders.entriesOfOrder(prefix + "-" + order).stream()
                .map(entry -> entry.status())
                .toList();
    }

    private AssetBalance points(String memberId) {
        return ledger.balancesOf(memberId).of(Asset.POINT);
    }

    private String member(int index) {
        return prefix + "-" + index;
    }
}
