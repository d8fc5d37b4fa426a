package com.aeghash.withdrawal.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.LedgerFixtures;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.risk.KnownDevice;
import com.aeghash.risk.RiskAssessment;
import com.aeghash.risk.RiskChecks;
import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.risk.WithdrawalRiskCheck;
import com.aeghash.testsupport.RecordingNotifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The withdrawal services wired by hand on in-memory repositories and ledger, with a scripted gateway and a
 * risk engine that answers what the test says. Transactions come from an empty H2 database: the repositories
 * ignore them, but the services insist on running inside one. It holds nothing, so it lives only while a
 * transaction has it open (no DB_CLOSE_DELAY): no in-memory database outlives the test.
 */
final class InMemoryWithdrawals {

    final Clock clock = Clock.systemUTC();
    final JsonMapper json = JsonMapper.builder().build();
    final InMemoryWithdrawalRepository withdrawals = new InMemoryWithdrawalRepository();
    final InMemoryWithdrawalAuditRepository auditTrail = new InMemoryWithdrawalAuditRepository();
    final Ledger ledger = LedgerFixtures.inMemoryLedger(clock);
    final ScriptedPayoutGateway gateway = new ScriptedPayoutGateway();
    final RecordingNotifier notifier = new RecordingNotifier();
    /** The events the withdrawal module published, oldest first. */
    final List<Object> published = new CopyOnWriteArrayList<>();

    final UnitOfWork unitOfWork = new UnitOfWork(new DataSourceTransactionManager(
            new DriverManagerDataSource("jdbc:h2:mem:transactions-" + UUID.randomUUID())));
    final WithdrawalRequestService requests;
    final WithdrawalWorkflowService workflow;
    private RiskAssessment nextAssessment = new RiskAssessment(List.of());

    InMemoryWithdrawals(boolean twoStepRequired, boolean distinctRolesRequired) {
        WithdrawalProperties properties = new WithdrawalProperties(
                twoStepRequired,
                distinctRolesRequired,
                new WithdrawalProperties.Execution(Duration.ofSeconds(2)),
                new WithdrawalProperties.Batch(50),
                new WithdrawalProperties.Reconciliation(List.of(Duration.ofMinutes(5)), Duration.ofMinutes(1), 100),
                false,
                false);
        WithdrawalMoney money = new WithdrawalMoney(ledger);
        WithdrawalStateChanges stateChanges =
                new WithdrawalStateChanges(withdrawals, auditTrail, money, published::add, clock);
        PayoutGateways gateways = new PayoutGateways(List.of(gateway));
        PayoutOutcomeRecorder recorder =
                new PayoutOutcomeRecorder(withdrawals, stateChanges, properties, unitOfWork, notifier, clock);
        PayoutExecutor executor = new PayoutExecutor(
                withdrawals, stateChanges, recorder, gateways, new PayoutCalls(properties), unitOfWork);
        requests = new WithdrawalRequestService(
                withdrawals,
                new InMemoryWithdrawalAddressRepository(),
                stateChanges,
                money,
                new WithdrawalRequestValidator(gateways),
                new WithdrawalQueries(withdrawals, auditTrail),
                new ScriptedRisk(),
                new RunOnceIdempotency(unitOfWork),
                new IdempotentResponses(json),
                new CanonicalJson(json),
                clock);
        workflow = new WithdrawalWorkflowService(
                new WithdrawalApprovals(
                        withdrawals, stateChanges, properties, unitOfWork, username -> Optional.empty()),
                executor);
    }

    /** The risk engine's answer to the next requests. */
    void riskAnswers(RiskAssessment assessment) {
        nextAssessment = assessment;
    }

    void fund(String member, Asset asset, String amount) {
        unitOfWork.inTransaction(() -> ledger.post(EntryRequest.builder("fund:" + UUID.randomUUID(), "test funding")
                .move(
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, asset),
                        AccountRef.member(member, asset, Bucket.AVAILABLE),
                        new BigDecimal(amount))
                .build()));
    }

    /** Requests a withdrawal that must be accepted, and returns it. */
    Withdrawal request(String member, Asset asset, String amount) {
        IdempotentResponse response = respond(member, asset, amount);
        if (response.status() != 201) {
            throw new AssertionError("request refused: " + response.body());
        }
        return withdrawals
                .find(json.readTree(response.body()).path("id").longValue())
                .orElseThrow();
    }

    /** The response to a withdrawal request, whatever it is. */
    IdempotentResponse respond(String member, Asset asset, String amount) {
        return requests.request(
                "member-app",
                "key-" + UUID.randomUUID(),
                new WithdrawalRequest(member, asset, new BigDecimal(amount), null, null, null, null),
                "/api/v1/withdrawals");
    }

    List<WithdrawalAuditAction> auditActions(long id) {
        return auditTrail.trailOf(id).stream().map(WithdrawalAuditEntry::action).toList();
    }

    private final class ScriptedRisk implements RiskChecks {

        @Override
        public RiskAssessment assessWithdrawal(WithdrawalRiskCheck check) {
            return nextAssessment;
        }

        @Override
        public ResultPage<RiskEvent> events(String memberId, RiskSeverity severity, Paging paging) {
            return paging.pageOf(List.of());
        }

        @Override
        public List<RiskEvent> eventsAfter(
                String memberId, RiskSeverity severity, Long afterId, boolean newestFirst, int limit) {
            return List.of(); // the withdrawal workflow never reads them
        }

        @Override
        public List<KnownDevice> knownDevices(String memberId, int limit) {
            return List.of(); // the withdrawal workflow never reads them
        }

        @Override
        public List<KnownDevice> knownDevicesBefore(
                String memberId, java.time.Instant firstSeenAt, String deviceId, int limit) {
            return List.of();
        }
    }
}
