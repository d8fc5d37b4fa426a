package com.aeghash.bonus.internal;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.audit.AuditQuery;
import com.aeghash.bonus.OrderDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.LedgerFixtures;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.InMemoryTransactions;
import com.aeghash.testsupport.RecordingNotifier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bonus engine on in-memory repositories, organization and ledger: no Spring, no database. */
final class InMemoryBonusEngine {

    final OrganizationFixtures.InMemory organization = OrganizationFixtures.inMemory();
    final Ledger ledger = LedgerFixtures.inMemoryLedger(Clock.systemUTC());
    final InMemoryBonusOrderRepository orders = new InMemoryBonusOrderRepository();
    final InMemoryClosingRepository closingRuns = new InMemoryClosingRepository(orders);
    final InMemoryClawbackRepository clawbacks = new InMemoryClawbackRepository(orders);
    final RecordingNotifier notifier = new RecordingNotifier();
    /** A 60-day refund window; a clawback above 100 POINT for one order raises an alert. */
    static final RefundProperties REFUNDS = new RefundProperties(60, new BigDecimal("100"));

    final List<String> auditActions = new ArrayList<>();
    /** The events the bonus module published, oldest first. */
    final List<Object> published = new ArrayList<>();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final BonusDistributionService bonuses;
    /** Posts the orders' queued credits to {@link #ledger}; tests call it where the service's job would have run. */
    final BonusCreditPoster credits;

    final BonusClosingService closings;

    InMemoryBonusEngine(int chunkEntries) {
        BonusProperties properties = new BonusProperties(
                List.of(BonusCalculatorTest.REFERRAL, BonusCalculatorTest.SPONSOR),
                Map.of(),
                closingSettings(chunkEntries),
                null,
                null);
        bonuses = new BonusDistributionService(
                orders,
                organization.queries(),
                organization.changes(),
                orders,
                new BonusPlanCatalogue(properties),
                Clock.systemUTC(),
                new OrderClawbacks(clawbacks, ledger, recordingAuditLog(), notifier, REFUNDS),
                new RefundWindowPolicy(REFUNDS));
        credits = new BonusCreditPoster(
                orders,
                ledger,
                InMemoryTransactions.unitOfWork(),
                new BonusCreditProperties(Duration.ofMillis(200), 200));
        closings = new BonusClosingService(
                closingRuns,
                ledger,
                LedgerFixtures.bulkPosting(ledger),
                recordingAuditLog(),
                InMemoryTransactions.unitOfWork(),
                published::add,
                properties,
                Clock.systemUTC(),
                meters,
                GlobalShareStep.NONE,
                1,
                ClosingCarry.NONE);
    }

    static BonusProperties.Closing closingSettings(int chunkEntries) {
        return new BonusProperties.Closing(
                BonusProperties.Period.DAILY,
                LocalTime.MIDNIGHT,
                ZoneId.of("UTC"),
                DayOfWeek.MONDAY,
                1,
                2,
                chunkEntries,
                Duration.ofMinutes(10));
    }

    /** Root m0 and a chain m1..mN where each member refers and sponsors the next (both trees are chains). */
    void chain(int members) {
        organization.root("m0");
        for (int index = 1; index <= members; index++) {
            organization.under("m" + (index - 1), "m" + index);
        }
    }

    /** Distributes the order and posts its credits, as the service's credit poster does a moment later. */
    OrderDistribution distributeAndPost(PaidOrder order) {
        OrderDistribution distribution = bonuses.distribute(order);
        credits.postOutstanding();
        return distribution;
    }

    PaidOrder order(String reference, String buyer, String pv, Instant paidAt) {
        return new PaidOrder(reference, buyer, new BigDecimal(pv), paidAt);
    }

    AssetBalance points(String memberId) {
        return ledger.balancesOf(memberId).of(Asset.POINT);
    }

    boolean ledgerHealthy() {
        return ledger.checkInvariants().healthy();
    }

    private AuditLog recordingAuditLog() {
        return new AuditLog() {
            @Override
            public void record(String actor, String action, String target, Map<String, String> details) {
                auditActions.add(action);
            }

            @Override
            public List<AuditEntry> recent(String action, long beforeId, int limit) {
                return List.of();
            }

            @Override
            public List<AuditEntry> search(AuditQuery query, long beforeId, int limit) {
                throw new UnsupportedOperationException("a recording double: these tests never search the trail");
            }
        };
    }
}
