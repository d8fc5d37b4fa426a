package com.aeghash.wallet.internal.transit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Addresses;
import com.aeghash.config.MBlockProperties;
import com.aeghash.sandbox.MBlockSandbox;
import com.aeghash.sandbox.SandboxFaults;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.WalletTransactionRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The wallet flows through the whole application and the in-app MBlock simulator over HTTP (the real
 * client, controllers, security and database), run on H2 and on PostgreSQL.
 */
@OnEachDatabase
class WalletSimulatorFlowIT {

    static final String TOKEN = "0x55d398326f99059ff775485246999027b3197955";
    static final String ERROR_12 = "Request Time out, Transaction receipt not found.";

    @RegisterExtension
    final TestApplication application;

    @LocalServerPort
    int port;

    @Autowired
    MBlockSandbox mblock;

    @Autowired
    SandboxFaults faults;

    @Autowired
    TransitCallbackTokens callbackTokens;

    @Autowired
    WalletTransactionRepository transactions;

    @Autowired
    MBlockProperties mblockProperties;

    WalletApi api;

    /** The member app: the only account that may send a member's tokens. */
    WalletApi app;

    /** An OPERATIONS operator: decides unknown outcomes (with the chain's word or a second operator). */
    WalletApi operations;

    WalletSimulatorFlowIT(TestDatabases.Kind database) {
        application = TestApplication.on(database);
    }

    @BeforeEach
    void setUp() {
        api = new WalletApi(port);
        TestSecrets.register(mblockProperties.transitFeeWalletKey().reveal());
        app = operator("MEMBER_APP");
        operations = operator("OPERATIONS");
    }

    @AfterEach
    void clearFaultsAndCheckResponses() {
        faults.clear(MBlockSandbox.VENDOR, "transferByWalletKey");
        faults.clear(MBlockSandbox.VENDOR, "transitCallback");
        assertNoSecretInAnyResponse();
    }

    @Test
    void aWalletIsCreatedFundedReadAndUsedForATransferAndATransit() {
        String member = TestIds.member();
        WalletApi.Answer created = api.post(walletPath(member), "");
        WalletApi.Answer again = api.post(walletPath(member), "");
        String address = created.text("address");
        registerKeyOf(address);

        assertThat(created.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("address")).isEqualTo(address);
        assertThat(created.json().has("walletKey")).isFalse();
        assertThat(api.get(walletPath(member)).status()).isEqualTo(200);
        fund(address, null, "1");
        fund(address, TOKEN, "100");
        assertThat(api.get(walletPath(member) + "/balance?contract=" + TOKEN).text("amount"))
                .isEqualTo("100");

        String recipient = newAddress();
        WalletApi.Answer transfer = app.post(
                walletPath(member) + "/transfers",
                "{\"to\":\"" + recipient + "\",\"amount\":\"12.5\",\"contract\":\"" + TOKEN + "\"}");

        assertThat(transfer.status()).isEqualTo(201);
        assertThat(transfer.text("status")).isEqualTo("submitted");
        assertThat(transfer.text("txid")).startsWith("0x");
        assertThat(mblock.balanceOf(recipient, TOKEN)).isEqualByComparingTo("12.5");
        assertThat(api.get(walletPath(member) + "/transactions").json()).hasSize(1);

        WalletApi.Answer transit = app.post(
                walletPath(member) + "/transits",
                "{\"to\":\"" + recipient + "\",\"amount\":\"7.5\",\"contract\":\"" + TOKEN + "\"}");
        assertThat(transit.status()).isEqualTo(202);
        assertThat(transit.text("status")).isEqualTo("pending-transit");
        WalletApi.Answer confirmed = awaitStatus(transit.json().path("id").asLong(), "confirmed");
        assertThat(confirmed.text("txidToken")).startsWith("0x");
        assertThat(mblock.balanceOf(recipient, TOKEN)).isEqualByComparingTo("20");
    }

    @Test
    void aTransitFromAWalletWithoutGasIsPaidByTheFeeWalletAndConfirmedByCallback() {
        String member = TestIds.member();
        String address = api.post(walletPath(member), "").text("address");
        registerKeyOf(address);
        fund(address, TOKEN, "30");
        String recipient = newAddress();

        WalletApi.Answer transit = app.post(
                walletPath(member) + "/transits", "{\"to\":\"" + recipient + "\",\"contract\":\"" + TOKEN + "\"}");

        WalletApi.Answer confirmed = awaitStatus(transit.json().path("id").asLong(), "confirmed");
        assertThat(confirmed.text("txidFee")).startsWith("0x");
        assertThat(confirmed.text("txidToken")).startsWith("0x");
        assertThat(mblock.balanceOf(recipient, TOKEN)).isEqualByComparingTo("30");
        assertThat(mblock.balanceOf(address, TOKEN)).isEqualByComparingTo("0");
    }

    @Test
    void walletTransferFailureLogsFailure() {
        String member = TestIds.member();
        String address = api.post(walletPath(member), "").text("address");
        registerKeyOf(address);

        WalletApi.Answer refused = app.post(
                walletPath(member) + "/transfers",
                "{\"to\":\"" + newAddress() + "\",\"amount\":\"5\",\"contract\":\"" + TOKEN + "\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("wallet_insufficient_balance");
        WalletApi.Answer logged = api.get("/api/v1/wallet-transactions/"
                + refused.json().path("transactionId").asLong());
        assertThat(logged.text("status")).isEqualTo("failed");
        assertThat(logged.text("failureReason")).isEqualTo("insufficient_balance");
    }

    @Test
    void errorTwelveLeavesTheTransferUnknownAndItIsNeverSentTwice() {
        String member = TestIds.member();
        String address = fundedWallet(member);
        String recipient = newAddress();
        assertThat(api.put(
                                "/sandbox/faults/mblock/transferByWalletKey",
                                "{\"errorRate\":1,\"errorMessage\":\"" + ERROR_12 + "\",\"times\":1}")
                        .status())
                .isEqualTo(200);
        int sentBefore = mblock.received("transferByWalletKey");

        WalletApi.Answer transfer = app.post(
                walletPath(member) + "/transfers",
                "{\"to\":\"" + recipient + "\",\"amount\":\"1\",\"contract\":\"" + TOKEN + "\"}");
        WalletApi.Answer reconcilerRun = api.post("/api/v1/wallet-janitor/runs", "");

        assertThat(transfer.status()).isEqualTo(202);
        assertThat(transfer.text("status")).isEqualTo("unknown");
        assertThat(reconcilerRun.status()).isEqualTo(200);
        assertThat(mblock.received("transferByWalletKey")).isEqualTo(sentBefore + 1);
        assertThat(mblock.receiptsOf(address))
                .noneMatch(receipt -> receipt.kind().equals("transfer"));
        assertThat(api.get("/api/v1/wallet-transactions/unknown?limit=100").json())
                .anySatisfy(row -> assertThat(row.path("id").asLong())
                        .isEqualTo(transfer.json().path("id").asLong()));
    }

    @Test
    void aDroppedResponseAfterExecutionIsUnknownThenSettledByTheReconcilerFromItsReceipt() {
        String member = TestIds.member();
        String address = fundedWallet(member);
        String recipient = newAddress();
        api.put(
                "/sandbox/faults/mblock/transferByWalletKey",
                "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}");
        int sentBefore = mblock.received("transferByWalletKey");

        WalletApi.Answer transfer = app.post(
                walletPath(member) + "/transfers",
                "{\"to\":\"" + recipient + "\",\"amount\":\"2\",\"contract\":\"" + TOKEN + "\"}");
        long id = transfer.json().path("id").asLong();
        assertThat(transfer.text("status")).isEqualTo("unknown");
        assertThat(mblock.balanceOf(recipient, TOKEN)).isEqualByComparingTo("2");
        api.post("/api/v1/wallet-janitor/runs", "");
        assertThat(api.get("/api/v1/wallet-transactions/" + id).text("status")).isEqualTo("unknown");

        String txid = api.get("/sandbox/mblock/transactions?address=" + address)
                .json()
                .valueStream()
                .filter(receipt -> receipt.path("kind").asString().equals("transfer"))
                .map(receipt -> receipt.path("txid").asString())
                .findFirst()
                .orElseThrow();
        assertThat(operations
                        .post("/api/v1/wallet-transactions/" + id + "/candidate-txid", "{\"txid\":\"" + txid + "\"}")
                        .status())
                .isEqualTo(200);
        api.post("/api/v1/wallet-janitor/runs", "");

        WalletApi.Answer settled = api.get("/api/v1/wallet-transactions/" + id);
        assertThat(settled.text("status")).isEqualTo("submitted");
        assertThat(settled.text("txid")).isEqualTo(txid);
        assertThat(mblock.received("transferByWalletKey")).isEqualTo(sentBefore + 1);
        assertThat(mblock.receiptsOf(address))
                .filteredOn(receipt -> receipt.kind().equals("transfer"))
                .hasSize(1);
    }

    @Test
    void aCallbackReplayedFiveTimesChangesStateOnce() {
        String member = TestIds.member();
        fundedWallet(member);
        WalletApi.Answer transit = app.post(
                walletPath(member) + "/transits",
                "{\"to\":\"" + newAddress() + "\",\"amount\":\"3\",\"contract\":\"" + TOKEN + "\"}");
        long id = transit.json().path("id").asLong();
        WalletApi.Answer confirmed = awaitStatus(id, "confirmed");
        long version = transactions.find(id).orElseThrow().version();
        String callback = "{\"result\":true,\"token\":\"" + confirmed.text("transitToken") + "\",\"txidToken\":\""
                + confirmed.text("txidToken") + "\",\"message\":\"success\"}";

        for (int replay = 0; replay < 5; replay++) {
            WalletApi.Answer answer = api.postAnonymously(callbackPath(callbackTokens.tokenFor(id)), callback);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text("status")).isEqualTo("confirmed");
        }

        TransactionRecord after = transactions.find(id).orElseThrow();
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.updatedAt().toString()).isEqualTo(confirmed.text("updatedAt"));
    }

    @Test
    void aForgedCallbackIsRejectedAndChangesNothing() {
        String member = TestIds.member();
        fundedWallet(member);
        api.put("/sandbox/faults/mblock/transitCallback", "{\"dropResponse\":true,\"times\":1}");
        WalletApi.Answer transit = app.post(
                walletPath(member) + "/transits",
                "{\"to\":\"" + newAddress() + "\",\"amount\":\"3\",\"contract\":\"" + TOKEN + "\"}");
        long id = transit.json().path("id").asLong();
        String vendorToken = transit.text("transitToken");
        await(() -> mblock.deliveredTransitTokens().contains(vendorToken));
        TransactionRecord before = transactions.find(id).orElseThrow();
        String genuine = callbackTokens.tokenFor(id);
        String forged = genuine.substring(0, genuine.length() - 4) + (genuine.endsWith("AAAA") ? "BBBB" : "AAAA");
        String body = "{\"result\":true,\"token\":\"" + vendorToken + "\",\"txidToken\":\"0x" + "ab".repeat(32) + "\"}";

        assertThat(api.postAnonymously(callbackPath(forged), body).status()).isEqualTo(401);
        assertThat(api.postAnonymously("/api/v1/callbacks/mblock/transit", body).status())
                .isEqualTo(401);
        assertThat(api.postAnonymously(callbackPath(callbackTokens.tokenFor(id + 100_000)), body)
                        .status())
                .isEqualTo(404);
        assertThat(transactions.find(id).orElseThrow()).isEqualTo(before);
        assertThat(before.status().code()).isEqualTo("pending-transit");

        assertThat(api.postAnonymously(callbackPath(genuine), body).text("status"))
                .isEqualTo("confirmed");
    }

    @Test
    void walletEndpointsNeedAnOperatorAndFinanceMayReadButNotMoveFunds() {
        String member = TestIds.member();
        String address = fundedWallet(member);
        String password = "finance-password-" + TestIds.unique("p");
        TestSecrets.register(password);
        String finance = "finance-" + TestIds.unique("u").toLowerCase(Locale.ROOT);
        assertThat(api.post(
                                "/api/v1/operators",
                                "{\"username\":\"" + finance + "\",\"password\":\"" + password
                                        + "\",\"roles\":[\"FINANCE\"]}")
                        .status())
                .isEqualTo(201);
        WalletApi asFinance = api.as(finance, password);

        assertThat(api.postAnonymously(walletPath(member), "").status()).isEqualTo(401);
        assertThat(api.postAnonymously("/sandbox/mblock/faucet", "{}").status()).isEqualTo(401);
        // FINANCE reads the wallet with its address masked, as the console shows it (common.Addresses)
        assertThat(asFinance.get(walletPath(member)).text("address")).isEqualTo(Addresses.masked(address));
        assertThat(asFinance
                        .post(walletPath(member) + "/transfers", "{\"to\":\"" + newAddress() + "\",\"amount\":\"1\"}")
                        .status())
                .isEqualTo(403);
        assertThat(asFinance
                        .post("/sandbox/mblock/faucet", "{\"address\":\"" + address + "\",\"amount\":\"1\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void operatorsCannotSendAMembersTokensTheMemberAppCanAndEachTransferNamesAndAuditsItsActor() {
        String member = TestIds.member();
        String address = fundedWallet(member);
        String transfer = "{\"to\":\"" + newAddress() + "\",\"amount\":\"1\",\"contract\":\"" + TOKEN + "\"}";
        String transit = "{\"to\":\"" + newAddress() + "\",\"amount\":\"1\",\"contract\":\"" + TOKEN + "\"}";

        for (WalletApi operator : List.of(api, operations, operator("FINANCE"))) {
            assertThat(operator.post(walletPath(member) + "/transfers", transfer)
                            .status())
                    .isEqualTo(403);
            assertThat(operator.post(walletPath(member) + "/transits", transit).status())
                    .isEqualTo(403);
        }
        WalletApi.Answer sent = app.post(walletPath(member) + "/transfers", transfer);
        WalletApi.Answer moved = app.post(walletPath(member) + "/transits", transit);

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.text("actor")).isEqualTo(memberAppUsername);
        assertThat(moved.status()).as(moved.body()).isEqualTo(202);
        assertThat(moved.text("actor")).isEqualTo(memberAppUsername);
        assertThat(mblock.balanceOf(address, TOKEN)).isLessThanOrEqualTo(new BigDecimal("49"));
        assertThat(api.get("/api/v1/audit?action=wallet.transfer_requested&limit=500")
                        .json())
                .filteredOn(entry -> entry.path("target").asString().equals(member))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.path("actor").asString()).isEqualTo(memberAppUsername);
                    assertThat(entry.path("details").path("transactionId").asLong())
                            .isEqualTo(sent.json().path("id").asLong());
                });
        assertThat(api.get("/api/v1/audit?action=wallet.transit_requested&limit=500")
                        .json())
                .filteredOn(entry -> entry.path("target").asString().equals(member))
                .singleElement()
                .satisfies(entry -> assertThat(entry.path("actor").asString()).isEqualTo(memberAppUsername));
    }

    private String memberAppUsername;

    /** A new operator with the role, as a client of the API; the member app's name is kept. */
    private WalletApi operator(String role) {
        String password = "wallet-test-password-" + TestIds.unique("p");
        TestSecrets.register(password);
        String username = role.toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + TestIds.unique("u").toLowerCase(Locale.ROOT);
        assertThat(api.post(
                                "/api/v1/operators",
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[\""
                                        + role + "\"]}")
                        .status())
                .isEqualTo(201);
        if (role.equals("MEMBER_APP")) {
            memberAppUsername = username;
        }
        return api.as(username, password);
    }

    private String fundedWallet(String member) {
        String address = api.post(walletPath(member), "").text("address");
        registerKeyOf(address);
        fund(address, null, "1");
        fund(address, TOKEN, "50");
        return address;
    }

    private void fund(String address, String contract, String amount) {
        String body = contract == null
                ? "{\"address\":\"" + address + "\",\"amount\":\"" + amount + "\"}"
                : "{\"address\":\"" + address + "\",\"contract\":\"" + contract + "\",\"amount\":\"" + amount + "\"}";
        assertThat(api.post("/sandbox/mblock/faucet", body).status()).isEqualTo(200);
    }

    /** Wallet keys live in the simulator; registering them lets the log scan look for them too. */
    private void registerKeyOf(String address) {
        mblock.walletKeyOf(address).ifPresent(TestSecrets::register);
    }

    private static String newAddress() {
        return "0x" + UUID.randomUUID().toString().replace("-", "") + "00000000";
    }

    private WalletApi.Answer awaitStatus(long id, String status) {
        await(() -> status.equals(api.get("/api/v1/wallet-transactions/" + id).text("status")));
        return api.get("/api/v1/wallet-transactions/" + id);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    private void assertNoSecretInAnyResponse() {
        for (String body : api.bodies()) {
            for (String secret : TestSecrets.all()) {
                assertThat(body).as("a response body").doesNotContain(secret);
            }
        }
    }

    private static String walletPath(String member) {
        return "/api/v1/members/" + member + "/wallet";
    }

    private static String callbackPath(String callbackToken) {
        return "/api/v1/callbacks/mblock/transit?callbackToken=" + callbackToken;
    }
}
