package com.aeghash.wallet.internal.transit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.aeghash.common.ApiException;
import com.aeghash.testsupport.LogLines;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.TransitCommand;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.WalletTransitSettled;
import com.aeghash.wallet.internal.WalletTestKit;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransactionResponses;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Transits end to end with in-memory repositories and a mock MBlock transport, callbacks included. */
class WalletTransitFlowIT {

    private static final String ADDRESS = "0x00000000000000000000000000000000000000a1";
    private static final String TO = "0x00000000000000000000000000000000000000c3";
    private static final String CONTRACT = "0x55d398326f99059ff775485246999027b3197955";
    private static final String TXID_FEE = "0x" + "fe".repeat(32);
    private static final String TXID_TOKEN = "0x" + "70".repeat(32);

    private final WalletTestKit kit = new WalletTestKit();
    private final TransitCallbackTokens callbackTokens = new TransitCallbackTokens(kit.encryptor);
    private final TransitCallbacks callbacks =
            new TransitCallbacks(callbackTokens, kit.recorder, kit.unitOfWork, kit.clock);

    @Test
    void aTransitIsPendingUntilItsCallbackConfirmsIt() {
        WalletTransaction transit = pendingTransit("member-1", "TR-1");

        assertThat(transit.status()).isEqualTo(WalletTransactionStatus.PENDING_TRANSIT);
        assertThat(transit.transitToken()).isEqualTo("TR-1");
        TransactionRecord confirmed = callbacks.handle(
                callbackTokens.tokenFor(transit.id()),
                new TransitCallback(true, "TR-1", TXID_FEE, TXID_TOKEN, "success"));

        assertThat(confirmed.status()).isEqualTo(WalletTransactionStatus.CONFIRMED);
        assertThat(confirmed.txidFee()).isEqualTo(TXID_FEE);
        assertThat(confirmed.txidToken()).isEqualTo(TXID_TOKEN);
        assertOneTransitSucceeded();
    }

    @Test
    void theTransitCarriesOurCallbackWithItsTokenAndTheFeeSettings() {
        kit.walletFor("member-2", ADDRESS, "transit-wallet-key-22aa33bb44");
        kit.expectCall("transitByWalletKey")
                .andExpect(jsonPath("$.amount").doesNotExist())
                .andExpect(jsonPath("$.contract").value(CONTRACT))
                .andExpect(jsonPath("$.config.fee").value(0.001))
                .andExpect(jsonPath("$.config.feeWalletKey").value(WalletTestKit.FEE_WALLET_KEY.reveal()))
                .andExpect(jsonPath("$.config.callback")
                        .value(Matchers.startsWith(WalletTestKit.CALLBACK_URL + "?callbackToken=")))
                .andRespond(withSuccess("{\"result\":true,\"token\":\"TR-2\"}", MediaType.APPLICATION_JSON));

        WalletTransaction transit =
                kit.service.transit(new TransitCommand("ref-2", "member-2", TO, null, CONTRACT, "member-app-test"));

        kit.vendor.verify();
        assertThat(transit.amount()).isNull();
        assertThat(kit.transactions.find(transit.id()).orElseThrow().deadlineAt())
                .isEqualTo(kit.clock.instant().plus(Duration.ofMinutes(30)));
    }

    @Test
    void aCallbackReplayedFiveTimesChangesStateOnce() {
        WalletTransaction transit = pendingTransit("member-3", "TR-3");
        String token = callbackTokens.tokenFor(transit.id());
        TransitCallback callback = new TransitCallback(true, "TR-3", null, TXID_TOKEN, "success");

        TransactionRecord first = callbacks.handle(token, callback);
        for (int replay = 0; replay < 5; replay++) {
            kit.clock.advance(Duration.ofSeconds(1));
            assertThat(callbacks.handle(token, callback).status()).isEqualTo(WalletTransactionStatus.CONFIRMED);
        }

        TransactionRecord after = kit.transactions.find(transit.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(first.version());
        assertThat(after.updatedAt()).isEqualTo(first.updatedAt());
        assertThat(kit.events).hasSize(1);
    }

    @Test
    void aForgedCallbackIsRejectedAndChangesNothing() {
        WalletTransaction transit = pendingTransit("member-4", "TR-4");
        TransactionRecord before = kit.transactions.find(transit.id()).orElseThrow();
        String genuine = callbackTokens.tokenFor(transit.id());
        String tampered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");
        String otherTransaction = callbackTokens.tokenFor(transit.id() + 1);
        String borrowed = transit.id() + otherTransaction.substring(otherTransaction.indexOf('.'));
        TransitCallback callback = new TransitCallback(true, "TR-4", null, TXID_TOKEN, "success");

        for (String forged : new String[] {tampered, borrowed, null, "", transit.id() + ".x"}) {
            assertThatThrownBy(() -> callbacks.handle(forged, callback))
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            problem -> assertThat(problem.status().value()).isEqualTo(401));
        }

        assertThat(kit.transactions.find(transit.id()).orElseThrow()).isEqualTo(before);
        assertThat(kit.events).isEmpty();
    }

    @Test
    void aForgedCallbackCannotWriteLinesOfItsOwnIntoTheLog() {
        WalletTransaction transit = pendingTransit("member-4b", "TR-4b");
        String forgedLine = "TR-4b\r\n2026-01-01 INFO  transit callback accepted\u2028\u0085\u001b[31m";
        TransitCallback callback = new TransitCallback(true, forgedLine, null, TXID_TOKEN, "success");

        try (LogLines log = LogLines.of(TransitCallbacks.class)) {
            assertThatThrownBy(() -> callbacks.handle(transit.id() + ".forged", callback))
                    .isInstanceOf(ApiException.class);

            assertThat(log.messages())
                    .singleElement()
                    .asString()
                    .contains("TR-4b\\r\\n2026-01-01 INFO  transit callback accepted\\u2028\\u0085\\u001b[31m")
                    .doesNotContain("\r", "\n", "\u2028", "\u0085", "\u001b");
        }
    }

    @Test
    void aCallbackForAnUnknownTransitOrTokenIsNotFound() {
        WalletTransaction transit = pendingTransit("member-5", "TR-5");

        assertThatThrownBy(() -> callbacks.handle(
                        callbackTokens.tokenFor(transit.id() + 500),
                        new TransitCallback(true, "TR-5", null, TXID_TOKEN, "success")))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.status().value()).isEqualTo(404));
        assertThatThrownBy(() -> callbacks.handle(
                        callbackTokens.tokenFor(transit.id()),
                        new TransitCallback(true, "TR-other", null, TXID_TOKEN, "success")))
                .isInstanceOfSatisfying(ApiException.class, problem -> {
                    assertThat(problem.status().value()).isEqualTo(404);
                    assertThat(problem.code()).isEqualTo("unknown_transit_token");
                });
        assertThat(kit.transactions.find(transit.id()).orElseThrow().status())
                .isEqualTo(WalletTransactionStatus.PENDING_TRANSIT);
    }

    @Test
    void aFailureCallbackFailsTheTransitAndAlerts() {
        WalletTransaction transit = pendingTransit("member-6", "TR-6");

        TransactionRecord failed = callbacks.handle(
                callbackTokens.tokenFor(transit.id()),
                new TransitCallback(false, "TR-6", TXID_FEE, null, "Not enough balance"));

        assertThat(failed.status()).isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(failed.failureReason()).isEqualTo(FailureReason.TRANSIT_FAILED);
        assertThat(failed.txidFee()).isEqualTo(TXID_FEE);
        assertThat(kit.alertsTitled("Wallet transit failed")).hasSize(1);
    }

    @Test
    void aCallbackArrivingBeforeTheTokenIsRecordedStillConfirmsTheTransit() {
        kit.walletFor("member-7", ADDRESS, "transit-wallet-key-77cc88dd99");
        kit.expectCall("transitByWalletKey").andRespond(request -> {
            String callbackUrl = JsonMapper.builder()
                    .build()
                    .readTree(((MockClientHttpRequest) request).getBodyAsString(StandardCharsets.UTF_8))
                    .path("config")
                    .path("callback")
                    .stringValue();
            String token = UriComponentsBuilder.fromUri(URI.create(callbackUrl))
                    .build()
                    .getQueryParams()
                    .getFirst(TransitCallbackUrls.TOKEN_PARAMETER);
            callbacks.handle(token, new TransitCallback(true, "TR-7", null, TXID_TOKEN, "success"));
            return withSuccess("{\"result\":true,\"token\":\"TR-7\"}", MediaType.APPLICATION_JSON)
                    .createResponse(request);
        });

        WalletTransaction transit = kit.service.transit(
                new TransitCommand("ref-7", "member-7", TO, new BigDecimal("4"), CONTRACT, "member-app-test"));

        assertThat(transit.status()).isEqualTo(WalletTransactionStatus.CONFIRMED);
        assertThat(transit.transitToken()).isEqualTo("TR-7");
        assertThat(kit.events).hasSize(1);
    }

    @Test
    void aTransitWithoutCallbackPastItsDeadlineIsLookedUpAlertedAndStillAcceptsALateCallback() {
        WalletTransaction transit = pendingTransit("member-8", "TR-8");
        kit.expectCall("balanceOf")
                .andExpect(jsonPath("$.address").value(ADDRESS))
                .andRespond(withSuccess("{\"result\":true,\"amount\":\"0\"}", MediaType.APPLICATION_JSON));

        kit.clock.advance(Duration.ofMinutes(29));
        assertThat(kit.reconciler.reconcile().overdueTransits()).isZero();
        kit.clock.advance(Duration.ofMinutes(1));
        assertThat(kit.reconciler.reconcile().overdueTransits()).isEqualTo(1);

        kit.vendor.verify();
        TransactionRecord overdue = kit.transactions.find(transit.id()).orElseThrow();
        assertThat(overdue.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(overdue.failureMessage()).contains("no callback").contains("now holds 0");
        assertThat(kit.alertsTitled("Wallet transit outcome unknown")).hasSize(1);

        TransactionRecord late = callbacks.handle(
                callbackTokens.tokenFor(transit.id()), new TransitCallback(true, "TR-8", null, TXID_TOKEN, "success"));
        assertThat(late.status()).isEqualTo(WalletTransactionStatus.CONFIRMED);
    }

    @Test
    void aTransitWhoseAnswerIsLostIsUnknownNeverSentAgainAndSettledByItsCallback() {
        kit.walletFor("member-10", ADDRESS, "transit-wallet-key-10aa20bb30");
        kit.expectCall("transitByWalletKey").andRespond(withException(new SocketTimeoutException("Read timed out")));

        WalletTransaction transit = kit.service.transit(
                new TransitCommand("ref-10", "member-10", TO, new BigDecimal("2"), CONTRACT, "member-app-test"));
        WalletTransaction again = kit.service.transit(
                new TransitCommand("ref-10", "member-10", TO, new BigDecimal("2"), CONTRACT, "member-app-test"));
        kit.callsDone(); // one transitByWalletKey call, for both requests

        assertThat(transit.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        assertThat(transit.transitToken()).isNull();
        assertThat(again.id()).isEqualTo(transit.id());
        assertThat(again.status()).isEqualTo(WalletTransactionStatus.UNKNOWN);
        TransactionRecord confirmed = callbacks.handle(
                callbackTokens.tokenFor(transit.id()),
                new TransitCallback(true, "TR-10", TXID_FEE, TXID_TOKEN, "success"));
        assertThat(confirmed.status()).isEqualTo(WalletTransactionStatus.CONFIRMED);
        assertThat(confirmed.txidToken()).isEqualTo(TXID_TOKEN);
        assertOneTransitSucceeded();
    }

    @Test
    void aRejectedTransitIsRecordedFailed() {
        kit.walletFor("member-9", ADDRESS, "transit-wallet-key-99ee00ff11");
        kit.expect("transitByWalletKey", "{\"result\":false,\"message\":\"Invalid Configuration\"}");

        WalletTransaction transit =
                kit.service.transit(new TransitCommand("ref-9", "member-9", TO, null, CONTRACT, "member-app-test"));

        assertThat(transit.status()).isEqualTo(WalletTransactionStatus.FAILED);
        assertThat(transit.failureReason()).isEqualTo(FailureReason.VENDOR_REJECTED);
        assertThatThrownBy(() -> TransactionResponses.of(transit))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        problem -> assertThat(problem.status().value()).isEqualTo(502));
    }

    private WalletTransaction pendingTransit(String memberId, String vendorToken) {
        kit.walletFor(memberId, ADDRESS, "transit-wallet-key-" + memberId + "-5f");
        kit.expect("transitByWalletKey", "{\"result\":true,\"token\":\"" + vendorToken + "\"}");
        WalletTransaction transit = kit.service.transit(
                new TransitCommand("ref-" + memberId, memberId, TO, new BigDecimal("10"), CONTRACT, "member-app-test"));
        kit.callsDone();
        return transit;
    }

    /** One event was published: the transit settled as SUCCEEDED. */
    private void assertOneTransitSucceeded() {
        assertThat(kit.events)
                .singleElement()
                .isInstanceOfSatisfying(
                        WalletTransitSettled.class,
                        settled -> assertThat(settled.outcome()).isEqualTo(Settlement.SUCCEEDED));
    }
}
