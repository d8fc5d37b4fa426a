package com.aeghash.wallet.internal.transit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The wallet flows through the whole application and the in-app MBlock simulator over HTTP (the real
 * client, controllers, security and database), run on H2 and on PostgreSQL.
 */
@OnEachDatabase
class WalletSimulatorFlowIT extends WalletSimulatorTestBase {

    WalletSimulatorFlowIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void aWalletIsCreatedFundedReadAndUsedForATransferAndATransit() {
        String member = registeredMember();
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
        assertThat(api.get(walletPath(member) + "/transactions").json().path("items"))
                .hasSize(1);

        WalletApi.Answer transit = app.post(
                walletPath(member) + "/transits",
                "{\"to\":\"" + recipient + "\",\"amount\":\"7.5\",\"contract\":\"" + TOKEN + "\"}");
        assertThat(transit.status()).isEqualTo(202);
        assertThat(transit.text("status")).isEqualTo("pending-transit");
        WalletApi.Answer confirmed = awaitStatus(transit.json().path("id").asLong(), "confirmed");
        assertThat(confirmed.text("txidToken")).startsWith("0x");
        assertThat(mblock.balanceOf(recipient, TOKEN)).isEqualByComparingTo("20");

        JsonNode newest = api.get(walletPath(member) + "/transactions?limit=1").json();
        JsonNode older = api.get(walletPath(member) + "/transactions?limit=1&cursor="
                        + newest.path("next").asString())
                .json();
        assertThat(newest.path("items").get(0).path("id").asLong())
                .isEqualTo(transit.json().path("id").asLong());
        assertThat(older.path("items").get(0).path("id").asLong())
                .isEqualTo(transfer.json().path("id").asLong());
        assertThat(older.path("next").isNull()).isTrue();
    }

    @Test
    void aTransitFromAWalletWithoutGasIsPaidByTheFeeWalletAndConfirmedByCallback() {
        String member = registeredMember();
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
        String member = registeredMember();
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
        String member = registeredMember();
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
        assertThat(api.unknownTransactionIds())
                .contains(transfer.json().path("id").asLong())
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aDroppedResponseAfterExecutionIsUnknownThenSettledByTheReconcilerFromItsReceipt() {
        String member = registeredMember();
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
        String member = registeredMember();
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
        String member = registeredMember();
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
}
