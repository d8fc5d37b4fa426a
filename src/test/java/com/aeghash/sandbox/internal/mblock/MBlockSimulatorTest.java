package com.aeghash.sandbox.internal.mblock;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Secret;
import com.aeghash.sandbox.internal.FaultInjector;
import com.aeghash.sandbox.internal.FaultPlan;
import com.aeghash.testsupport.TestSecrets;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The simulated MBlock follows the contract: gate errors, balances, transfers, receipts, keys, transits. */
class MBlockSimulatorTest {

    private static final String API_KEY = "simulator-test-api-key-0042";
    private static final String FEE_KEY = "simulator-test-fee-wallet-key-77";
    private static final String TOKEN = "0x55d398326f99059ff775485246999027b3197955";
    private static final String TO = "0x00000000000000000000000000000000000000b2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FaultInjector faults = new FaultInjector(Duration.ofMillis(10));
    private final MBlockSimulatorProperties properties = new MBlockSimulatorProperties(
            Secret.of(API_KEY),
            List.of(),
            List.of(),
            Secret.of(FEE_KEY),
            new BigDecimal("100"),
            new BigDecimal("0.0001"),
            Duration.ofMillis(50),
            Duration.ofSeconds(2));
    private final SimulatedChain chain = new SimulatedChain(properties.gasPerTransfer(), Clock.systemUTC());
    private final TransitRunner transits = new TransitRunner(chain, faults, properties);
    /** This server's port as the simulator knows it: the callback receiver's, once a test starts one. */
    private final AtomicInteger serverPort = new AtomicInteger(8080);

    private final MBlockSimulator simulator = new MBlockSimulator(properties, methods(), faults);
    private HttpServer callbackReceiver;

    @AfterEach
    void stop() {
        transits.destroy();
        if (callbackReceiver != null) {
            callbackReceiver.stop(0);
        }
    }

    @Test
    void theGateAnswersErrorsOneToFour() {
        MBlockSimulator restricted = new MBlockSimulator(
                new MBlockSimulatorProperties(
                        Secret.of(API_KEY),
                        List.of("balanceOf"),
                        List.of("10.0.0.1"),
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        Duration.ZERO,
                        Duration.ofSeconds(1)),
                methods(),
                faults);

        assertThat(message(simulator.handle(null, "127.0.0.1", request("balanceOf"))))
                .isEqualTo("Not Found API Key");
        assertThat(message(simulator.handle("wrong-key", "127.0.0.1", request("balanceOf"))))
                .isEqualTo("Invalid API Key");
        assertThat(message(restricted.handle(API_KEY, "127.0.0.1", request("balanceOf"))))
                .isEqualTo("Invalid access from an unauthorized IP Address");
        assertThat(message(restricted.handle(API_KEY, "10.0.0.1", request("requestWallet"))))
                .isEqualTo("No API Permission");
        assertThat(message(simulator.handle(API_KEY, "127.0.0.1", request("gasConfig"))))
                .isEqualTo("No API Permission");
    }

    @Test
    void aTransferMovesTheTokenBurnsGasAndLeavesAReceipt() {
        Wallet wallet = newWallet();
        chain.fund(wallet.address, null, new BigDecimal("1"));
        chain.fund(wallet.address, TOKEN, new BigDecimal("50"));

        JsonNode answer = call(request("transferByWalletKey")
                .put("walletKey", wallet.key)
                .put("to", TO)
                .put("amount", "12.5")
                .put("contract", TOKEN));

        assertThat(answer.path("result").booleanValue()).isTrue();
        String txid = answer.path("txid").stringValue();
        assertThat(balance(wallet.address, TOKEN)).isEqualTo("37.5");
        assertThat(balance(wallet.address, null)).isEqualTo("0.9999");
        assertThat(balance(TO, TOKEN)).isEqualTo("12.5");
        JsonNode receipt = call(request("receiptByHash").put("txid", txid).put("contract", TOKEN));
        assertThat(receipt.path("from").stringValue()).isEqualTo(wallet.address);
        assertThat(receipt.path("amount").stringValue()).isEqualTo("12.5");
        assertThat(message(call(request("receiptByHash").put("txid", txid))))
                .isEqualTo("Contract address is incorrect");
        assertThat(message(call(request("receiptByHash")
                        .put("txid", "0x" + "00".repeat(32))
                        .put("contract", TOKEN))))
                .isEqualTo("Transaction receipt not found");
    }

    @Test
    void aNativeTransfersReceiptHasNoTokenLogs() {
        Wallet wallet = newWallet();
        chain.fund(wallet.address, null, new BigDecimal("1"));

        String txid = call(request("transferByWalletKey")
                        .put("walletKey", wallet.key)
                        .put("to", TO)
                        .put("amount", "0.5"))
                .path("txid")
                .stringValue();

        assertThat(message(call(request("receiptByHash").put("txid", txid).put("contract", TOKEN))))
                .isEqualTo("Transaction Logs not found");
        assertThat(call(request("receiptByHash").put("txid", txid))
                        .path("amount")
                        .stringValue())
                .isEqualTo("0.5");
    }

    @Test
    void transfersAreRefusedWithTheContractsErrorTexts() {
        Wallet wallet = newWallet();
        chain.fund(wallet.address, TOKEN, new BigDecimal("5"));
        ObjectNode base = request("transferByWalletKey")
                .put("walletKey", wallet.key)
                .put("to", TO)
                .put("contract", TOKEN);

        assertThat(message(call(base.deepCopy().put("walletKey", "nope")))).isEqualTo("Invalid Wallet Key");
        assertThat(message(call(base.deepCopy().put("amount", "1").put("contract", "USDT"))))
                .isEqualTo("Unsupported token symbol");
        assertThat(message(call(base.deepCopy().put("amount", "1").put("contract", "0x12"))))
                .isEqualTo("Contract address is incorrect");
        assertThat(message(call(base.deepCopy()))).isEqualTo("Transfer volume is required");
        assertThat(message(call(base.deepCopy().put("amount", "1").put("to", "0xabc"))))
                .isEqualTo("Wallet address is incorrect");
        assertThat(message(call(base.deepCopy().put("amount", "6"))))
                .isEqualTo("Request volume is zero or not enough balance");
        assertThat(message(call(base.deepCopy().put("amount", "1")))).isEqualTo("Not enough balance");
        assertThat(balance(wallet.address, TOKEN)).isEqualTo("5");
    }

    @Test
    void aRefreshedKeyReplacesTheOldOneAtOnce() {
        Wallet wallet = newWallet();

        String fresh = call(request("refreshWallet").put("walletKey", wallet.key))
                .path("walletKey")
                .stringValue();
        TestSecrets.register(fresh);

        assertThat(fresh).isNotEqualTo(wallet.key);
        assertThat(message(call(request("refreshWallet").put("walletKey", wallet.key))))
                .isEqualTo("Invalid Wallet Key");
        assertThat(chain.addressOf(fresh)).contains(wallet.address);
    }

    @Test
    void transitConfigIsSavedReadResetAndValidated() {
        ObjectNode config = JSON.createObjectNode()
                .put("fee", new BigDecimal("0.002"))
                .put("feeWalletKey", FEE_KEY)
                .put("delay", 1)
                .put("count", 3)
                .put("callback", ownCallback() + "?p=v");

        call(request("transitConfig").set("config", config));
        JsonNode saved = call(request("transitConfig")).path("config");
        assertThat(saved.path("fee").decimalValue()).isEqualByComparingTo("0.002");
        assertThat(saved.path("callback").stringValue()).isEqualTo(ownCallback() + "?p=v");
        assertThat(message(call(request("transitConfig")
                        .set("config", JSON.createObjectNode().put("count", 0)))))
                .isEqualTo("Invalid Configuration");
        assertThat(call(request("transitConfig").set("config", JSON.createObjectNode()))
                        .path("config")
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aCallbackAnywhereButThisServersOwnCallbackPathIsAnInvalidConfiguration() {
        for (String elsewhere : List.of(
                "https://example.com/cb?p=v",
                "http://203.0.113.9/api/v1/callbacks/mblock/transit",
                "http://169.254.169.254/latest/meta-data/",
                "http://127.0.0.1:" + (serverPort.get() + 1) + OwnCallbackTarget.PATH,
                "http://127.0.0.1:" + serverPort.get() + "/api/v1/ops/partners",
                "http://admin:secret@127.0.0.1:" + serverPort.get() + OwnCallbackTarget.PATH)) {
            JsonNode answer = call(request("transitConfig")
                    .set("config", JSON.createObjectNode().put("callback", elsewhere)));

            assertThat(message(answer)).as(elsewhere).isEqualTo("Invalid Configuration");
        }
        assertThat(call(request("transitConfig")).path("config").has("callback"))
                .isFalse();
    }

    @Test
    void aTransitWhoseCallbackPointsElsewhereIsRefusedAndMovesNothing() throws Exception {
        chain.fund(chain.adoptWallet(FEE_KEY), null, BigDecimal.ONE);
        Wallet wallet = newWallet();
        chain.fund(wallet.address, TOKEN, BigDecimal.TEN);

        JsonNode answer = call(transit(
                wallet,
                JSON.createObjectNode()
                        .put("fee", new BigDecimal("0.001"))
                        .put("feeWalletKey", FEE_KEY)
                        .put("callback", "https://example.com/steal")));

        assertThat(message(answer)).isEqualTo("Invalid Configuration");
        Thread.sleep(properties.transitDelayMax().toMillis() + 200);
        assertThat(balance(wallet.address, TOKEN)).isEqualTo("10");
    }

    @Test
    void aTransitWithoutCompleteConfigurationIsRefused() {
        Wallet wallet = newWallet();
        chain.fund(wallet.address, TOKEN, BigDecimal.TEN);

        JsonNode answer = call(transit(wallet, JSON.createObjectNode().put("callback", ownCallback())));

        assertThat(message(answer)).isEqualTo("Invalid Configuration");
    }

    @Test
    void aTransitSendsGasWhenNeededMovesTheWholeBalanceAndCallsBack() throws Exception {
        BlockingQueue<String> received = startCallbackReceiver();
        String feeWallet = chain.adoptWallet(FEE_KEY);
        chain.fund(feeWallet, null, BigDecimal.ONE);
        Wallet wallet = newWallet();
        chain.fund(wallet.address, TOKEN, new BigDecimal("8"));
        ObjectNode override = JSON.createObjectNode()
                .put("fee", new BigDecimal("0.001"))
                .put("feeWalletKey", FEE_KEY)
                .put("callback", ownCallback() + "?p=v");

        JsonNode answer = call(transit(wallet, override));

        String body = received.poll(5, TimeUnit.SECONDS);
        assertThat(body).isNotNull();
        JsonNode callback = JSON.readTree(body);
        assertThat(callback.path("result").booleanValue()).isTrue();
        assertThat(callback.path("token").stringValue())
                .isEqualTo(answer.path("token").stringValue());
        assertThat(callback.path("txidFee").stringValue()).startsWith("0x");
        assertThat(callback.path("txidToken").stringValue()).startsWith("0x");
        assertThat(balance(wallet.address, TOKEN)).isEqualTo("0");
        assertThat(balance(TO, TOKEN)).isEqualTo("8");
        assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo("query p=v");
    }

    @Test
    void anErrorFaultExecutesNothingAndADroppedResponseExecutesOnce() {
        Wallet wallet = newWallet();
        chain.fund(wallet.address, null, BigDecimal.ONE);
        ObjectNode transfer = request("transferByWalletKey")
                .put("walletKey", wallet.key)
                .put("to", TO)
                .put("amount", "0.1");

        faults.set(
                "mblock",
                "transferByWalletKey",
                FaultPlan.alwaysError("Request Time out, Transaction receipt not found."));
        assertThat(message(call(transfer))).isEqualTo("Request Time out, Transaction receipt not found.");
        assertThat(balance(TO, null)).isEqualTo("0");

        faults.set("mblock", "transferByWalletKey", FaultPlan.dropResponseOnce(FaultPlan.DropMode.GATEWAY_ERROR));
        SimulatorAnswer dropped = simulator.handle(API_KEY, "127.0.0.1", transfer);
        assertThat(dropped.status()).isEqualTo(504);
        assertThat(dropped.body()).isNull();
        assertThat(balance(TO, null)).isEqualTo("0.1");
        assertThat(chain.receiptsOf(TO)).hasSize(1);
        assertThat(simulator.received("transferByWalletKey")).isEqualTo(2);
    }

    private BlockingQueue<String> startCallbackReceiver() throws IOException {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        callbackReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverPort.set(callbackReceiver.getAddress().getPort());
        callbackReceiver.createContext(OwnCallbackTarget.PATH, exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add("query " + exchange.getRequestURI().getRawQuery());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        callbackReceiver.start();
        return received;
    }

    /** A transit of the wallet's whole {@code TOKEN} balance to {@code TO} with this configuration override. */
    private ObjectNode transit(Wallet wallet, ObjectNode config) {
        return request("transitByWalletKey")
                .put("walletKey", wallet.key)
                .put("contract", TOKEN)
                .put("to", TO)
                .set("config", config);
    }

    private MBlockMethods methods() {
        return new MBlockMethods(chain, transits, properties, new OwnCallbackTarget(serverPort::get));
    }

    private String ownCallback() {
        return "http://127.0.0.1:" + serverPort.get() + OwnCallbackTarget.PATH;
    }

    private Wallet newWallet() {
        JsonNode created = call(request("requestWallet"));
        String key = created.path("walletKey").stringValue();
        TestSecrets.register(key);
        return new Wallet(created.path("address").stringValue(), key);
    }

    private String balance(String address, String contract) {
        ObjectNode request = request("balanceOf").put("address", address);
        if (contract != null) {
            request.put("contract", contract);
        }
        return call(request).path("amount").stringValue();
    }

    private JsonNode call(ObjectNode request) {
        return simulator.handle(API_KEY, "127.0.0.1", request).body();
    }

    private static ObjectNode request(String method) {
        return JSON.createObjectNode().put("method", method);
    }

    private static String message(SimulatorAnswer answer) {
        return message(answer.body());
    }

    private static String message(JsonNode answer) {
        assertThat(answer.path("result").booleanValue())
                .as("result of " + answer)
                .isFalse();
        return answer.path("message").stringValue();
    }

    private record Wallet(String address, String key) {}
}
