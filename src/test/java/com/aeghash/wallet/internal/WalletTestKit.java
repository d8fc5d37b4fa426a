package com.aeghash.wallet.internal;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.audit.AuditQuery;
import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.config.HashDamProperties;
import com.aeghash.config.MBlockProperties;
import com.aeghash.config.SecretEncryptor;
import com.aeghash.config.VendorEndpoints;
import com.aeghash.notification.Alert;
import com.aeghash.testsupport.InMemoryTransactions;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.RecordingApprovals;
import com.aeghash.testsupport.RecordingNotifier;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.wallet.Wallets;
import com.aeghash.wallet.internal.keys.WalletKeyRotation;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.VendorRetry;
import com.aeghash.wallet.internal.reconciliation.ReconciliationFixtures;
import com.aeghash.wallet.internal.reconciliation.WalletReconciler;
import com.aeghash.wallet.internal.transactions.InMemoryWalletTransactionRepository;
import com.aeghash.wallet.internal.transactions.TransactionIntents;
import com.aeghash.wallet.internal.transactions.TransactionRecorder;
import com.aeghash.wallet.internal.transactions.TransactionSends;
import com.aeghash.wallet.internal.transactions.TransferProcessor;
import com.aeghash.wallet.internal.transit.TransitFixtures;
import com.aeghash.wallet.internal.wallets.InMemoryWalletRepository;
import com.aeghash.wallet.internal.wallets.WalletCreator;
import com.aeghash.wallet.internal.wallets.WalletKeyStore;
import com.aeghash.wallet.internal.wallets.WalletKeys;
import com.aeghash.wallet.internal.wallets.WalletSigners;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.client.ExpectedCount;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.ResponseActions;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wallet module wired by hand for flow tests: real services and client, in-memory repositories, a
 * mock MBlock transport ({@link MockRestServiceServer}), a clock the test moves, and recorders for alerts,
 * audit entries and events. No Spring context, no database. Parts that are package-private in their
 * sub-package are built by that package's test fixtures ({@link TransitFixtures}, {@link ReconciliationFixtures}).
 */
public class WalletTestKit {

    public static final String BASE_URL = "https://tenant.mblockapi.com/bsc";
    public static final String CALLBACK_URL = "https://wallet.example.com/api/v1/callbacks/mblock/transit";
    public static final Secret FEE_WALLET_KEY = Secret.of("kit-fee-wallet-key-5e6f7a8b9c");

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    public final InMemoryWalletRepository wallets;
    public final InMemoryWalletTransactionRepository transactions = new InMemoryWalletTransactionRepository();
    public final List<AuditEntry> audits = new CopyOnWriteArrayList<>();
    public final List<Object> events = new CopyOnWriteArrayList<>();
    public final MockRestServiceServer vendor;
    public final SecretEncryptor encryptor = new SecretEncryptor(Secret.of(TestSecrets.ENCRYPTION_KEY), null);
    public final WalletProperties properties = new WalletProperties(
            List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1)),
            Duration.ofMinutes(1),
            100,
            Duration.ofMinutes(5),
            Duration.ofMinutes(2),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            3,
            Duration.ofMillis(1),
            2.0,
            100,
            Duration.ofHours(1),
            2);
    public final Wallets service;
    public final WalletOperations operations;
    public final WalletReconciler reconciler;
    public final TransactionRecorder recorder;
    public final UnitOfWork unitOfWork;
    public final RecordingNotifier notifier = new RecordingNotifier();
    /** Operators linked to members (user name → member id), as the security module's OperatorIdentity answers. */
    public final Map<String, String> operatorMembers = new ConcurrentHashMap<>();

    public final AuditLog auditLog;
    /** Four-eyes requests the wallet module filed (decisions without the chain's word). */
    public final RecordingApprovals approvals = new RecordingApprovals(clock);
    /** Executes an approved decision, as the approval module does on approval. */
    public final ApprovalHandler decisionApprovals;

    public WalletTestKit() {
        this(new InMemoryWalletRepository());
    }

    public WalletTestKit(InMemoryWalletRepository wallets) {
        this.wallets = wallets;
        RestClient.Builder builder = RestClient.builder();
        vendor = MockRestServiceServer.bindTo(builder).build();
        MBlockProperties mblock = new MBlockProperties(
                URI.create(BASE_URL),
                Secret.of(TestSecrets.MBLOCK_API_KEY),
                null,
                Duration.ofDays(90),
                new BigDecimal("0.001"),
                FEE_WALLET_KEY,
                URI.create(CALLBACK_URL),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
        MBlockClient client = new MBlockClient(
                builder.build(),
                mblock::baseUrl,
                mblock::apiKey,
                JsonMapper.builder().build(),
                new VendorCallMetrics(new SimpleMeterRegistry(), "mblock"));
        unitOfWork = InMemoryTransactions.unitOfWork();
        auditLog = recordingAuditLog();
        WalletKeys keys = new WalletKeys(encryptor);
        VendorRetry retry = new VendorRetry(properties);
        WalletSigners signers = new WalletSigners(wallets, keys);
        recorder = new TransactionRecorder(transactions, events::add, notifier, clock);
        TransactionIntents intents = new TransactionIntents(transactions, auditLog, unitOfWork);
        MockEnvironment environment = new MockEnvironment();
        VendorEndpoints endpoints = new VendorEndpoints(
                mblock,
                new HashDamProperties(
                        null, null, null, Duration.ofDays(90), List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1)),
                environment);
        WalletKeyStore keyStore = new WalletKeyStore(wallets, keys, auditLog, clock);
        TransactionSends sends = new TransactionSends(intents, retry, recorder, unitOfWork, properties, clock);
        WalletKeyRotation rotation = new WalletKeyRotation(
                wallets, keys, keyStore, client, auditLog, notifier, unitOfWork, properties, clock);
        service = new WalletsService(
                new WalletCreator(wallets, keyStore, client, unitOfWork, properties, clock),
                rotation,
                signers,
                new TransferProcessor(signers, client, sends, intents, clock),
                TransitFixtures.processor(
                        signers, client, sends, mblock, endpoints, encryptor, environment, properties, clock),
                transactions,
                client,
                properties,
                clock,
                memberId -> true); // no organization here: every member id counts as registered
        operations = ReconciliationFixtures.operations(
                transactions,
                recorder,
                client,
                approvals,
                auditLog,
                unitOfWork,
                properties,
                clock,
                username -> Optional.ofNullable(operatorMembers.get(username)));
        decisionApprovals = ReconciliationFixtures.decisionApprovals(operations);
        reconciler = ReconciliationFixtures.reconciler(
                transactions, recorder, client, rotation, notifier, unitOfWork, properties, clock);
    }

    /** Expects one call of the vendor method (the body's {@code method}) and answers it with the JSON. */
    public ResponseActions expect(String vendorMethod, String answerJson) {
        ResponseActions actions = vendor.expect(ExpectedCount.once(), requestTo(BASE_URL))
                .andExpect(jsonPath("$.method").value(vendorMethod));
        actions.andRespond(withSuccess(answerJson, MediaType.APPLICATION_JSON));
        return actions;
    }

    public ResponseActions expectCall(String vendorMethod) {
        return vendor.expect(ExpectedCount.once(), requestTo(BASE_URL))
                .andExpect(jsonPath("$.method").value(vendorMethod));
    }

    /** Checks every expected call was made and clears them, so the next phase can set its own. */
    public void callsDone() {
        vendor.verify();
        vendor.reset();
    }

    /** Creates the member's wallet through the mock vendor and returns its address. */
    public String walletFor(String memberId, String address, String walletKey) {
        TestSecrets.register(walletKey);
        expect(
                "requestWallet",
                "{\"result\":true,\"address\":\"" + address + "\",\"walletKey\":\"" + walletKey
                        + "\",\"message\":\"success\"}");
        service.createWallet(memberId);
        callsDone();
        return address;
    }

    public List<Alert> alertsTitled(String title) {
        return notifier.alerts().stream()
                .filter(alert -> alert.title().equals(title))
                .toList();
    }

    private AuditLog recordingAuditLog() {
        return new AuditLog() {
            @Override
            public void record(String actor, String action, String target, Map<String, String> details) {
                audits.add(
                        new AuditEntry(audits.size() + 1, clock.instant(), actor, action, target, Map.copyOf(details)));
            }

            @Override
            public List<AuditEntry> recent(String action, long beforeId, int limit) {
                return audits.stream()
                        .filter(entry -> action == null || entry.action().equals(action))
                        .filter(entry -> entry.id() < beforeId)
                        .limit(limit)
                        .toList();
            }

            @Override
            public List<AuditEntry> search(AuditQuery query, long beforeId, int limit) {
                throw new UnsupportedOperationException("a recording double: these tests never search the trail");
            }
        };
    }
}
