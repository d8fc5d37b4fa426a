package com.aeghash.wallet.internal;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.config.HashDamProperties;
import com.aeghash.config.MBlockProperties;
import com.aeghash.config.SecretEncryptor;
import com.aeghash.config.VendorEndpoints;
import com.aeghash.notification.Alert;
import com.aeghash.testsupport.InMemoryTransactions;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.RecordingNotifier;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * audit entries and events. No Spring context, no database.
 */
class WalletTestKit {

    static final String BASE_URL = "https://tenant.mblockapi.com/bsc";
    static final String CALLBACK_URL = "https://wallet.example.com/api/v1/callbacks/mblock/transit";
    static final Secret FEE_WALLET_KEY = Secret.of("kit-fee-wallet-key-5e6f7a8b9c");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    final InMemoryWalletRepository wallets;
    final InMemoryWalletTransactionRepository transactions = new InMemoryWalletTransactionRepository();
    final List<AuditEntry> audits = new CopyOnWriteArrayList<>();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final MockRestServiceServer vendor;
    final SecretEncryptor encryptor = new SecretEncryptor(Secret.of(TestSecrets.ENCRYPTION_KEY), null);
    final WalletProperties properties = new WalletProperties(List.of(Duration.ofMinutes(5), Duration.ofHours(1),
            Duration.ofDays(1)), Duration.ofMinutes(1), 100, Duration.ofMinutes(5), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(30), 3, Duration.ofMillis(1), 2.0, 100, Duration.ofHours(1));
    final DefaultWalletService service;
    final WalletOperationsService operations;
    final WalletJanitor janitor;
    final TransitCallbacks callbacks;
    final TransitCallbackTokens callbackTokens;
    final UnitOfWork unitOfWork;
    final RecordingNotifier notifier = new RecordingNotifier();
    final AuditLog auditLog;

    WalletTestKit() {
        this(new InMemoryWalletRepository());
    }

    WalletTestKit(InMemoryWalletRepository wallets) {
        this.wallets = wallets;
        RestClient.Builder builder = RestClient.builder();
        vendor = MockRestServiceServer.bindTo(builder).build();
        MBlockProperties mblock = new MBlockProperties(URI.create(BASE_URL), Secret.of(TestSecrets.MBLOCK_API_KEY), null,
                Duration.ofDays(90), new BigDecimal("0.001"), FEE_WALLET_KEY, URI.create(CALLBACK_URL),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        MBlockClient client = new MBlockClient(builder.build(), mblock::baseUrl, mblock::apiKey,
                JsonMapper.builder().build());
        unitOfWork = InMemoryTransactions.unitOfWork();
        auditLog = recordingAuditLog();
        WalletKeys keys = new WalletKeys(encryptor);
        VendorRetry retry = new VendorRetry(properties);
        WalletSigners signers = new WalletSigners(wallets, keys);
        TransactionOutcomes outcomes = new TransactionOutcomes(transactions, events::add, notifier, clock);
        TransactionIntents intents = new TransactionIntents(transactions, unitOfWork);
        MockEnvironment environment = new MockEnvironment();
        VendorEndpoints endpoints = new VendorEndpoints(mblock, new HashDamProperties(null, null, null,
                Duration.ofDays(90), List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1)), environment);
        callbackTokens = new TransitCallbackTokens(encryptor);
        TransitCallbackUrls callbackUrls = new TransitCallbackUrls(mblock, endpoints, callbackTokens, environment);
        WalletKeyRotation rotation = new WalletKeyRotation(wallets, keys, client, auditLog, notifier, unitOfWork,
                properties, clock);
        service = new DefaultWalletService(new WalletCreator(wallets, keys, client, auditLog, unitOfWork, properties,
                clock), rotation, signers, new TransferProcessor(signers, client, retry, intents, outcomes, unitOfWork,
                properties, clock), new TransitProcessor(signers, client, retry, intents, outcomes, callbackUrls, mblock,
                unitOfWork, properties, clock), transactions, client, properties, clock);
        operations = new WalletOperationsService(transactions, outcomes, auditLog, unitOfWork, properties, clock);
        janitor = new WalletJanitor(transactions, outcomes, new UnknownTransactionChecks(client), rotation, notifier,
                unitOfWork, properties, clock);
        callbacks = new TransitCallbacks(callbackTokens, outcomes, unitOfWork, clock);
    }

    /** The re-encryption of this kit's wallets by a deployment whose encryption key is {@code rotated}. */
    WalletKeyReencryption reencryptionUnder(SecretEncryptor rotated) {
        return new WalletKeyReencryption(wallets, new WalletKeys(rotated), rotated, auditLog, notifier, unitOfWork);
    }

    /** Expects one call of the vendor method (the body's {@code method}) and answers it with the JSON. */
    ResponseActions expect(String vendorMethod, String answerJson) {
        ResponseActions actions = vendor.expect(ExpectedCount.once(), requestTo(BASE_URL))
                .andExpect(jsonPath("$.method").value(vendorMethod));
        actions.andRespond(withSuccess(answerJson, MediaType.APPLICATION_JSON));
        return actions;
    }

    ResponseActions expectCall(String vendorMethod) {
        return vendor.expect(ExpectedCount.once(), requestTo(BASE_URL)).andExpect(jsonPath("$.method").value(vendorMethod));
    }

    /** Checks every expected call was made and clears them, so the next phase can set its own. */
    void callsDone() {
        vendor.verify();
        vendor.reset();
    }

    /** Creates the member's wallet through the mock vendor and returns its address. */
    String walletFor(String memberId, String address, String walletKey) {
        TestSecrets.register(walletKey);
        expect("requestWallet", "{\"result\":true,\"address\":\"" + address + "\",\"walletKey\":\"" + walletKey
                + "\",\"message\":\"success\"}");
        service.createWallet(memberId);
        callsDone();
        return address;
    }

    List<Alert> alertsTitled(String title) {
        return notifier.alerts().stream().filter(alert -> alert.title().equals(title)).toList();
    }

    private AuditLog recordingAuditLog() {
        return new AuditLog() {
            @Override
            public void record(String actor, String action, String target, Map<String, String> details) {
                audits.add(new AuditEntry(audits.size() + 1, clock.instant(), actor, action, target, Map.copyOf(details)));
            }

            @Override
            public List<AuditEntry> recent(String action, int limit) {
                return audits.stream().filter(entry -> action == null || entry.action().equals(action)).limit(limit)
                        .toList();
            }
        };
    }

}
