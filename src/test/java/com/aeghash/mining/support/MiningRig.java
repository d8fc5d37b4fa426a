package com.aeghash.mining.support;

import com.aeghash.audit.AuditFixtures;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.RegisteredMembers;
import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.LedgerFixtures;
import com.aeghash.mining.HashPowerChange;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.MiningService;
import com.aeghash.mining.internal.balances.InMemoryMiningBalanceRepository;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.etl.EtlChunkListener;
import com.aeghash.mining.internal.etl.InMemoryEtlRunRepository;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashpower.HashPowerService;
import com.aeghash.mining.internal.hashpower.InMemoryHashPowerAdjustmentRepository;
import com.aeghash.mining.internal.project.InMemoryProjectSnapshotRepository;
import com.aeghash.mining.internal.project.ProjectSnapshotService;
import com.aeghash.mining.internal.withdrawal.InMemoryMiningWithdrawalRepository;
import com.aeghash.mining.internal.withdrawal.MiningWithdrawalsService;
import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.testsupport.InMemoryTransactions;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.RecordingApprovals;
import com.aeghash.testsupport.RecordingNotifier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.web.client.RestClient;

/**
 * The mining module assembled without Spring: in-memory repositories and ledger, the real HashDam client on a
 * mock transport answered by the simulator in-process, a movable clock, recorded alerts, audit and events.
 */
public final class MiningRig {

    public static final String API_KEY = "rig-hashdam-key-0d5c";
    public static final Duration COMPLETION_DELAY = Duration.ofMinutes(2);
    /** The rig has no organization: every member id counts as registered. */
    private static final RegisteredMembers ALL_REGISTERED = memberId -> true;

    public final MutableClock clock;
    /** The rig's meters: vendor calls and daily runs. */
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    public final HashDamSandbox simulator;
    public final SimulatorTransport transport;
    public final Ledger ledger;
    public final InMemoryMiningBalanceRepository balances = new InMemoryMiningBalanceRepository();
    public final InMemoryEtlRunRepository runs = new InMemoryEtlRunRepository();
    public final InMemoryMiningWithdrawalRepository withdrawalRows = new InMemoryMiningWithdrawalRepository();
    public final RecordingNotifier notifier = new RecordingNotifier();
    /** Operators linked to members (user name → member id), as the security module's OperatorIdentity answers. */
    public final Map<String, String> operatorMembers = new ConcurrentHashMap<>();

    public final AuditLog audit;
    public final List<Object> events = new CopyOnWriteArrayList<>();
    public final MiningProperties properties = properties();
    public final MiningService mining;
    /** The daily run as the schedule runs it (no four-eyes check: that is {@code EtlRunRequests}'). */
    public final DailyProfitEtl etl;

    public final MiningWithdrawalsService withdrawals;
    /** The four-eyes requests the mining module filed. */
    public final RecordingApprovals approvals;

    private final HashDamClient client;
    private final UnitOfWork unitOfWork;

    public MiningRig(Instant now) {
        clock = new MutableClock(now);
        audit = AuditFixtures.inMemoryAuditLog(clock);
        simulator = HashDamSandbox.inProcess(Secret.of(API_KEY), COMPLETION_DELAY, "rig", clock);
        transport = new SimulatorTransport(simulator);
        client = new HashDamClient(
                RestClient.builder().requestFactory(transport).build(),
                () -> URI.create("http://hashdam.test/v1"),
                Secret.of(API_KEY),
                new VendorCallMetrics(meters, "hashdam"));
        ledger = LedgerFixtures.inMemoryLedger(clock);
        unitOfWork = InMemoryTransactions.unitOfWork();
        ProjectSnapshotService snapshots =
                new ProjectSnapshotService(client, new InMemoryProjectSnapshotRepository(), unitOfWork, clock);
        HashPowerService hashPower = new HashPowerService(
                ledger, new InMemoryHashPowerAdjustmentRepository(), balances, audit, unitOfWork, clock);
        etl = etl(client, ledger, unitOfWork, EtlChunkListener.NONE);
        mining = new MiningService(snapshots, hashPower, balances, etl, ALL_REGISTERED, ledger);
        approvals = new RecordingApprovals(clock);
        withdrawals = new MiningWithdrawalsService(
                client,
                ledger,
                withdrawalRows,
                audit,
                notifier,
                events::add,
                unitOfWork,
                clock,
                properties,
                approvals,
                username -> Optional.ofNullable(operatorMembers.get(username)));
    }

    /**
     * Gives the member {@code hashPower} MH/s (an "adjust to") an hour before {@code date} starts (UTC), so the
     * member holds it all that day; the clock is put back afterwards.
     */
    public HashPowerChange holdsAllDay(LocalDate date, String memberId, BigDecimal hashPower) {
        Instant now = clock.instant();
        clock.set(date.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofHours(1)));
        try {
            return mining.adjustHashPowerTo(memberId, hashPower, "test", "hp-" + memberId + "-" + date, "ops");
        } finally {
            clock.set(now);
        }
    }

    /** A daily ETL on this rig that tells {@code listener} after each chunk (before it commits). */
    public DailyProfitEtl etlWith(EtlChunkListener listener) {
        return etl(client, ledger, unitOfWork, listener);
    }

    private DailyProfitEtl etl(HashDamClient client, Ledger ledger, UnitOfWork unitOfWork, EtlChunkListener listener) {
        return new DailyProfitEtl(
                        client,
                        ledger,
                        LedgerFixtures.bulkPosting(ledger),
                        runs,
                        balances,
                        notifier,
                        events::add,
                        unitOfWork,
                        clock,
                        properties,
                        meters,
                        4,
                        null)
                .withChunks(properties.etl(), listener);
    }

    private static MiningProperties properties() {
        return new MiningProperties(
                new MiningProperties.Etl(3, Duration.ofMinutes(2), 2),
                new MiningProperties.Withdrawals(
                        3,
                        Duration.ofMillis(1),
                        Duration.ofMinutes(10),
                        Duration.ofMinutes(5),
                        List.of(Duration.ofMinutes(5), Duration.ofHours(1)),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(1),
                        100,
                        10,
                        3),
                new MiningProperties.Snapshots(Duration.ofHours(1)));
    }
}
