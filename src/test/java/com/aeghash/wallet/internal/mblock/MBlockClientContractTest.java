package com.aeghash.wallet.internal.mblock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.header;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.common.Secret;
import com.aeghash.common.metrics.VendorCallMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Replays the JSON shapes of the MBlock contract (v1.4) against the client: requests, answers, errors. */
class MBlockClientContractTest {

    private static final String BASE = "https://tenant.mblockapi.com/bsc";
    private static final String API_KEY = "contract-test-api-key-123";
    private static final Secret WALLET_KEY = Secret.of("contract-test-wallet-key-9f8e7d");
    private static final String TO = "0x00000000000000000000000000000000000000b2";
    private static final String CONTRACT = "0x55d398326f99059ff775485246999027b3197955";
    private static final String TXID = "0x" + "1f".repeat(32);

    private final RestClient.Builder builder = RestClient.builder();
    private final MockRestServiceServer server =
            MockRestServiceServer.bindTo(builder).build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MBlockClient client = new MBlockClient(
            builder.build(),
            () -> URI.create(BASE),
            () -> Secret.of(API_KEY),
            JsonMapper.builder().build(),
            new VendorCallMetrics(meters, "mblock"));

    @AfterEach
    void everyExpectedCallWasMade() {
        server.verify();
    }

    @Test
    void everyCallIsOnePostWithTheKeyHeaderAndTheMethodInTheBody() {
        expect("balanceOf")
                .andExpect(jsonPath("$.address").value(TO))
                .andExpect(jsonPath("$.contract").doesNotExist())
                .andRespond(json("{\"result\":true,\"amount\":\"1.5\"}"));

        assertThat(client.balanceOf(TO, null)).isEqualByComparingTo("1.5");
    }

    @Test
    void amountsAreReadAsExactDecimalsFromStringsAndNumbers() {
        expect("balanceOf").andRespond(json("{\"result\":true,\"amount\":\"0.000000000000000001\"}"));
        expect("balanceOf").andRespond(json("{\"result\":true,\"amount\":0.1}"));

        assertThat(client.balanceOf(TO, CONTRACT)).isEqualTo(new BigDecimal("0.000000000000000001"));
        assertThat(client.balanceOf(TO, CONTRACT)).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void extraFieldsAreIgnored() {
        expect("transferByWalletKey")
                .andRespond(json("{\"result\":true,\"txid\":\"" + TXID
                        + "\",\"message\":\"success\",\"gasUsed\":21000,\"extra\":{}}"));

        assertThat(client.transferByWalletKey(WALLET_KEY, CONTRACT, TO, new BigDecimal("12.5")))
                .isEqualTo(TXID);
    }

    @Test
    void aTransferSendsKeyRecipientAmountAndContract() {
        expect("transferByWalletKey")
                .andExpect(content()
                        .json(
                                "{\"method\":\"transferByWalletKey\",\"walletKey\":\""
                                        + WALLET_KEY.reveal() + "\",\"to\":\"" + TO
                                        + "\",\"amount\":\"0.00000001\",\"contract\":\""
                                        + CONTRACT + "\"}",
                                JsonCompareMode.STRICT))
                .andRespond(json("{\"result\":true,\"txid\":\"" + TXID + "\",\"message\":\"success\"}"));

        assertThat(client.transferByWalletKey(WALLET_KEY, CONTRACT, TO, new BigDecimal("1E-8")))
                .isEqualTo(TXID);
    }

    @Test
    void aMissingFieldOnAReadIsADefiniteFailure() {
        expect("balanceOf").andRespond(json("{\"result\":true}"));

        assertThatThrownBy(() -> client.balanceOf(TO, null))
                .isInstanceOf(MBlockNotExecutedException.class)
                .hasMessageContaining("'amount' is missing");
    }

    @Test
    void everyCallIsTimedByMethodAndOutcome() {
        expect("balanceOf").andRespond(json("{\"result\":true,\"amount\":\"1.5\"}"));
        expect("balanceOf").andRespond(json("{\"result\":true}"));
        expect("transferByWalletKey").andRespond(json("{\"result\":true,\"message\":\"success\"}"));

        client.balanceOf(TO, null);
        assertThatThrownBy(() -> client.balanceOf(TO, null)).isInstanceOf(MBlockNotExecutedException.class);
        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);

        assertThat(calls("balanceOf", "SUCCEEDED")).isEqualTo(1);
        assertThat(calls("balanceOf", "FAILED_DEFINITE")).isEqualTo(1);
        assertThat(calls("transferByWalletKey", "UNKNOWN")).isEqualTo(1);
        assertThat(meters.get(VendorCallMetrics.CALLS).tag("vendor", "mblock").timers())
                .allSatisfy(timer ->
                        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive());
    }

    private long calls(String method, String outcome) {
        return meters.get(VendorCallMetrics.CALLS)
                .tags("vendor", "mblock", "method", method, "outcome", outcome)
                .timer()
                .count();
    }

    @Test
    void aSuccessWithoutTxidLeavesTheTransferUnknown() {
        expect("transferByWalletKey").andRespond(json("{\"result\":true,\"message\":\"success\"}"));

        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);
    }

    @Test
    void errorTwelveLeavesTheTransferUnknownAndKeepsATxidWhenOneIsGiven() {
        expect("transferByWalletKey")
                .andRespond(json(
                        "{\"result\":false,\"message\":\"Request Time out, Transaction receipt not found.\",\"txid\":\""
                                + TXID + "\"}"));

        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOfSatisfying(MBlockOutcomeUnknownException.class, unknown -> {
                    assertThat(unknown.error()).isEqualTo(MBlockError.RECEIPT_TIMEOUT);
                    assertThat(unknown.txid()).isEqualTo(TXID);
                });
    }

    @Test
    void eachDefiniteErrorFormIsADefiniteFailureWithItsNumber() {
        for (MBlockError error : new MBlockError[] {
            MBlockError.NOT_FOUND_API_KEY,
            MBlockError.INVALID_API_KEY,
            MBlockError.UNAUTHORIZED_IP,
            MBlockError.NO_API_PERMISSION,
            MBlockError.INVALID_WALLET_KEY,
            MBlockError.UNSUPPORTED_TOKEN,
            MBlockError.VOLUME_REQUIRED,
            MBlockError.CONTRACT_INCORRECT,
            MBlockError.WALLET_ADDRESS_INCORRECT,
            MBlockError.WALLET_EXPIRED,
            MBlockError.VOLUME_ZERO_OR_BALANCE_LOW,
            MBlockError.NOT_ENOUGH_BALANCE,
            MBlockError.INVALID_CONFIGURATION
        }) {
            server.reset();
            expect("transferByWalletKey")
                    .andRespond(json("{\"result\":false,\"message\":\"" + error.message() + "\"}"));
            assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                    .as(error.name())
                    .isInstanceOfSatisfying(MBlockNotExecutedException.class, definite -> {
                        assertThat(definite.error()).isEqualTo(error);
                        assertThat(definite.isTransient()).isFalse();
                        assertThat(definite.vendorMessage()).isEqualTo(error.message());
                    });
        }
    }

    @Test
    void anRpcErrorIsUnknownForATransferButDefiniteForABalance() {
        expect("transferByWalletKey").andRespond(json("{\"result\":false,\"message\":\"RPCError: nonce too low\"}"));
        expect("balanceOf").andRespond(json("{\"result\":false,\"message\":\"RPCError: header not found\"}"));

        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);
        assertThatThrownBy(() -> client.balanceOf(TO, null)).isInstanceOf(MBlockNotExecutedException.class);
    }

    @Test
    void anUnlistedErrorIsUnknownForAWrite() {
        expect("transitByWalletKey").andRespond(json("{\"result\":false,\"message\":\"Queue is full\"}"));

        assertThatThrownBy(() -> client.transitByWalletKey(WALLET_KEY, CONTRACT, TO, null, null))
                .isInstanceOfSatisfying(
                        MBlockOutcomeUnknownException.class,
                        unknown -> assertThat(unknown.error()).isNull());
    }

    @Test
    void aGatewayErrorIsUnknownForAWriteAndAnEnvelopeInsideAnHttpErrorIsReadByItsMessage() {
        expect("transferByWalletKey")
                .andRespond(withStatus(HttpStatus.GATEWAY_TIMEOUT)
                        .contentType(MediaType.TEXT_HTML)
                        .body("<html>504</html>"));
        expect("transferByWalletKey")
                .andRespond(withStatus(HttpStatus.UNAUTHORIZED)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"result\":false,\"message\":\"Invalid API Key\"}"));
        expect("transferByWalletKey").andRespond(withStatus(HttpStatus.NOT_FOUND));

        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class)
                .hasMessageContaining("HTTP status 504");
        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOfSatisfying(
                        MBlockNotExecutedException.class,
                        definite -> assertThat(definite.error()).isEqualTo(MBlockError.INVALID_API_KEY));
        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockNotExecutedException.class);
    }

    @Test
    void aSuccessStatusWithoutTheEnvelopeIsUnknownForAWrite() {
        expect("transferByWalletKey").andRespond(withSuccess("OK", MediaType.TEXT_PLAIN));
        expect("transferByWalletKey").andRespond(json("{\"result\":\"true\",\"txid\":\"" + TXID + "\"}"));

        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);
        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);
    }

    @Test
    void aReadTimeoutIsUnknownButARefusedConnectionIsDefiniteAndTransient() {
        expect("transferByWalletKey").andRespond(withException(new SocketTimeoutException("Read timed out")));
        expect("transferByWalletKey").andRespond(withException(new ConnectException("Connection refused")));

        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOf(MBlockOutcomeUnknownException.class);
        assertThatThrownBy(() -> client.transferByWalletKey(WALLET_KEY, null, TO, BigDecimal.ONE))
                .isInstanceOfSatisfying(
                        MBlockNotExecutedException.class,
                        definite -> assertThat(definite.isTransient()).isTrue());
    }

    @Test
    void requestWalletReturnsTheAddressAndAMaskedKey() {
        String key = "new-wallet-key-3b2a1908f7e6";
        expect("requestWallet")
                .andRespond(json("{\"result\":true,\"address\":\"" + TO + "\",\"walletKey\":\"" + key
                        + "\",\"message\":\"success\"}"));

        MBlockNewWallet wallet = client.requestWallet();

        assertThat(wallet.address()).isEqualTo(TO);
        assertThat(wallet.walletKey().reveal()).isEqualTo(key);
        assertThat(wallet.toString()).doesNotContain(key);
    }

    @Test
    void aWalletWithoutAValidAddressOrKeyIsUnknown() {
        expect("requestWallet")
                .andRespond(json("{\"result\":true,\"address\":\"0x12\",\"walletKey\":\"k-1234567890\"}"));
        expect("requestWallet").andRespond(json("{\"result\":true,\"address\":\"" + TO + "\"}"));

        assertThatThrownBy(client::requestWallet).isInstanceOf(MBlockOutcomeUnknownException.class);
        assertThatThrownBy(client::requestWallet).isInstanceOf(MBlockOutcomeUnknownException.class);
    }

    @Test
    void refreshWalletSendsTheCurrentKeyAndReturnsTheNewOne() {
        expect("refreshWallet")
                .andExpect(jsonPath("$.walletKey").value(WALLET_KEY.reveal()))
                .andRespond(json("{\"result\":true,\"walletKey\":\"rotated-key-0a9b8c7d6e\"}"));

        assertThat(client.refreshWallet(WALLET_KEY).reveal()).isEqualTo("rotated-key-0a9b8c7d6e");
    }

    @Test
    void receiptByHashReturnsSenderRecipientAndAmount() {
        expect("receiptByHash")
                .andExpect(jsonPath("$.txid").value(TXID))
                .andExpect(jsonPath("$.contract").value(CONTRACT))
                .andRespond(json("{\"result\":true,\"from\":\"" + TO + "\",\"to\":\"" + TO
                        + "\",\"amount\":\"7.25\",\"message\":\"success\"}"));
        expect("receiptByHash").andRespond(json("{\"result\":false,\"message\":\"Transaction receipt not found\"}"));

        MBlockReceipt receipt = client.receiptByHash(TXID, CONTRACT);
        assertThat(receipt.amount()).isEqualByComparingTo("7.25");
        assertThat(receipt.txid()).isEqualTo(TXID);
        assertThatThrownBy(() -> client.receiptByHash(TXID, CONTRACT))
                .isInstanceOfSatisfying(
                        MBlockNotExecutedException.class,
                        definite -> assertThat(definite.error()).isEqualTo(MBlockError.RECEIPT_NOT_FOUND));
    }

    @Test
    void transitConfigIsReadSavedWithANumericFeeAndReset() {
        expect("transitConfig")
                .andExpect(jsonPath("$.config").doesNotExist())
                .andRespond(json("{\"result\":true,\"config\":{\"fee\":0.001,\"delay\":3,\"count\":5,"
                        + "\"callback\":\"https://example.com/cb?p=v\",\"feeWalletKey\":\"fee-key-1234567890\"}}"));
        expect("transitConfig")
                .andExpect(content()
                        .json(
                                "{\"method\":\"transitConfig\",\"config\":{\"fee\":0.002," + "\"count\":2}}",
                                JsonCompareMode.STRICT))
                .andRespond(json("{\"result\":true,\"config\":{\"fee\":0.002,\"count\":2}}"));
        expect("transitConfig")
                .andExpect(content().json("{\"method\":\"transitConfig\",\"config\":{}}", JsonCompareMode.STRICT))
                .andRespond(json("{\"result\":true,\"config\":{}}"));

        MBlockTransitConfig saved = client.readTransitConfig();
        assertThat(saved.fee()).isEqualByComparingTo("0.001");
        assertThat(saved.delaySeconds()).isEqualTo(3);
        assertThat(saved.callback()).isEqualTo(URI.create("https://example.com/cb?p=v"));
        assertThat(saved.feeWalletKey().reveal()).isEqualTo("fee-key-1234567890");
        assertThat(client.saveTransitConfig(new MBlockTransitConfig(new BigDecimal("0.002"), null, null, 2, null))
                        .count())
                .isEqualTo(2);
        assertThat(client.saveTransitConfig(MBlockTransitConfig.empty()).isEmpty())
                .isTrue();
    }

    @Test
    void aTransitOfTheWholeBalanceSendsNoAmountAndItsOverride() {
        expect("transitByWalletKey")
                .andExpect(jsonPath("$.amount").doesNotExist())
                .andExpect(jsonPath("$.contract").value(CONTRACT))
                .andExpect(jsonPath("$.config.callback").value("https://example.com/cb?callbackToken=1.x"))
                .andExpect(jsonPath("$.config.fee").value(0.001))
                .andRespond(json("{\"result\":true,\"token\":\"TR-42\"}"));

        String token = client.transitByWalletKey(
                WALLET_KEY,
                CONTRACT,
                TO,
                null,
                new MBlockTransitConfig(
                        new BigDecimal("0.001"),
                        null,
                        null,
                        null,
                        URI.create("https://example.com/cb?callbackToken=1.x")));

        assertThat(token).isEqualTo("TR-42");
    }

    @Test
    void withoutAnApiKeyNothingIsSent() {
        MBlockClient unconfigured = new MBlockClient(
                builder.build(),
                () -> URI.create(BASE),
                () -> null,
                JsonMapper.builder().build(),
                new VendorCallMetrics(meters, "mblock"));

        assertThatThrownBy(() -> unconfigured.balanceOf(TO, null))
                .isInstanceOf(MBlockNotExecutedException.class)
                .hasMessageContaining("MBLOCK_API_KEY is not configured");
    }

    private org.springframework.test.web.client.ResponseActions expect(String vendorMethod) {
        return server.expect(requestTo(BASE))
                .andExpect(method(HttpMethod.POST))
                .andExpect(header(MBlockClient.KEY_HEADER, API_KEY))
                .andExpect(header("Content-Type", MediaType.APPLICATION_JSON_VALUE))
                .andExpect(jsonPath("$.method").value(vendorMethod));
    }

    private static org.springframework.test.web.client.response.DefaultResponseCreator json(String body) {
        return withSuccess(body, MediaType.APPLICATION_JSON);
    }
}
