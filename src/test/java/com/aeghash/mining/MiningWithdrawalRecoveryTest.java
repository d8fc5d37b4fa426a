package com.aeghash.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.InsufficientBalanceException;
import com.aeghash.mining.support.MiningRig;
import com.aeghash.mining.support.SimulatorTransport;
import com.aeghash.notification.AlertSeverity;
import com.aeghash.testsupport.LogLines;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The withdrawal primitive when HashDam refuses, times out or loses answers, and when the caller repeats itself. */
class MiningWithdrawalRecoveryTest {

    private static final BigDecimal AMOUNT = new BigDecimal("0.75");
    private final MiningRig rig = new MiningRig(Instant.parse("2026-03-10T06:00:00Z"));

    @BeforeEach
    void memberHasMinedCoins() {
        rig.holdsAllDay(LocalDate.parse("2026-03-09"), "m-1", new BigDecimal("1000"));
        rig.etl.run(LocalDate.parse("2026-03-09"));
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(rig.ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void refusalsProvingNothingWasSentAreRetriedUntilAccepted() {
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new ConnectException("Connection refused"), false),
                new SimulatorTransport.Respond(200, "{\"code\":1,\"message\":\"Invalid API Key\"}"));

        MiningWithdrawalRecord withdrawal = request("withdrawal:r1");

        assertThat(withdrawal.status()).isEqualTo(MiningWithdrawalStatus.SUBMITTED);
        assertThat(withdrawal.attempts()).isEqualTo(3);
        assertThat(rig.simulator.withdrawalCount()).isEqualTo(1);
    }

    @Test
    void aLostAnswerIsFoundInTheHistoryAndNeverSentAgain() {
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), true));

        MiningWithdrawalRecord withdrawal = request("withdrawal:r2");

        assertThat(withdrawal.status()).isEqualTo(MiningWithdrawalStatus.SUBMITTED);
        assertThat(withdrawal.withdrawId()).isNotBlank();
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isEqualTo(1);
        assertThat(rig.simulator.withdrawalCount()).isEqualTo(1);
    }

    @Test
    void an5xxAfterExecutionIsAdoptedToo() {
        rig.transport.script("assetWithdrawRequest", new SimulatorTransport.Respond(502, "Bad Gateway"));
        rig.simulator.handle(
                MiningRig.API_KEY,
                "127.0.0.1",
                json("{\"method\":\"assetWithdrawRequest\",\"coin\":\"DOGE\",\"amount\":\"0.75\"}"));

        MiningWithdrawalRecord withdrawal = request("withdrawal:r3");

        assertThat(withdrawal.status()).isEqualTo(MiningWithdrawalStatus.SUBMITTED);
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isEqualTo(1);
    }

    @Test
    void anUndecidableWithdrawalFollowsItsScheduleThenWaitsForAnOperator() {
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), false));

        MiningWithdrawalRecord unknown = request("withdrawal:r4");
        assertThat(unknown.status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(unknown.nextCheckAt()).isEqualTo(rig.clock.instant().plus(Duration.ofMinutes(5)));

        assertThat(rig.withdrawals.reconcileDue()).isZero();
        rig.clock.advance(Duration.ofMinutes(5));
        rig.withdrawals.reconcileDue();
        assertThat(find("withdrawal:r4").checks()).isEqualTo(1);
        rig.clock.advance(Duration.ofHours(1));
        rig.withdrawals.reconcileDue();

        MiningWithdrawalRecord waiting = find("withdrawal:r4");
        assertThat(waiting.status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(waiting.nextCheckAt()).isNull();
        assertThat(rig.notifier.alerts())
                .anySatisfy(alert -> assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL));
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isEqualTo(1);
        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).withdrawalHold()).isEqualByComparingTo(AMOUNT);

        // HashDam's history had no match in every look-up (3) and has none now: its word backs one operator.
        MiningWithdrawalRecord resolved = rig.withdrawals
                .resolveUnknown("withdrawal:r4", null, "finance-1", "not in the vendor console")
                .done();
        assertThat(resolved.status()).isEqualTo(MiningWithdrawalStatus.FAILED);
        assertThat(resolved.decidedBy()).isEqualTo("finance-1");
        assertThat(resolved.approvedBy()).isNull();
        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).withdrawalHold()).isEqualByComparingTo("0");
        assertThat(rig.audit.recent("mining.withdrawal_declared_failed", 5))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details().get("evidence")).contains("no match in 3 look-ups"));
        assertThat(rig.approvals.filed()).isEmpty();
    }

    @Test
    void theMembersOwnOperatorCannotDeclareTheMembersUnknownWithdrawalFailed() {
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), false));
        MiningWithdrawalRecord unknown = request("withdrawal:r9");
        rig.operatorMembers.put("finance-linked", "m-1");

        for (String operator : List.of("finance-linked", "M-1")) {
            assertThatThrownBy(() -> rig.withdrawals.resolveUnknown("withdrawal:r9", null, operator, "not there"))
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            problem -> assertThat(problem.code()).isEqualTo("operator_is_member"));
        }
        assertThat(unknown.status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(find("withdrawal:r9").status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).withdrawalHold()).isEqualByComparingTo(AMOUNT);
        assertThat(rig.approvals.filed()).isEmpty();
    }

    @Test
    void aVendorWithdrawalIsAdoptedByOneRowOnly() {
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), true),
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), false));

        MiningWithdrawalRecord first = request("withdrawal:r5");
        MiningWithdrawalRecord second = request("withdrawal:r6");

        assertThat(first.status()).isEqualTo(MiningWithdrawalStatus.SUBMITTED);
        assertThat(second.status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(second.withdrawId()).isNull();
    }

    @Test
    void anUnknownWithdrawalIsAdoptedWhenTheHistoryShowsItLater() {
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), true));
        rig.transport.script("assetWithdrawHistory", new SimulatorTransport.Respond(503, "unavailable"));
        MiningWithdrawalRecord unknown = request("withdrawal:r7");
        assertThat(unknown.status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);

        rig.clock.advance(Duration.ofMinutes(5));
        rig.withdrawals.reconcileDue();

        MiningWithdrawalRecord completed = find("withdrawal:r7");
        assertThat(completed.status()).isEqualTo(MiningWithdrawalStatus.COMPLETED);
        assertThat(completed.withdrawId()).isNotBlank();
        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).withdrawalHold()).isEqualByComparingTo("0");
    }

    @Test
    void aVeryLongVendorMessageIsCutToTheColumnAndTheRowStillRecorded() {
        String longMessage = "Invalid API Key " + "x".repeat(MiningWithdrawalRecord.FAILURE_REASON_MAX);
        for (int attempt = 1; attempt <= 3; attempt++) {
            rig.transport.script(
                    "assetWithdrawRequest",
                    new SimulatorTransport.Respond(200, "{\"code\":1,\"message\":\"" + longMessage + "\"}"));
        }

        MiningWithdrawalRecord failed = request("withdrawal:long");

        assertThat(failed.status()).isEqualTo(MiningWithdrawalStatus.FAILED);
        assertThat(failed.failureReason())
                .hasSize(MiningWithdrawalRecord.FAILURE_REASON_MAX)
                .isEqualTo(find("withdrawal:long").failureReason());
    }

    @Test
    void aFailureReasonCannotWriteLinesOfItsOwnIntoTheLog() {
        // the same log line carries an operator's note when one declares an unknown withdrawal failed
        String forged = "Invalid API Key\\r\\n2026-03-10 INFO  mining withdrawal withdrawal:log completed";
        for (int attempt = 1; attempt <= 3; attempt++) {
            rig.transport.script(
                    "assetWithdrawRequest",
                    new SimulatorTransport.Respond(200, "{\"code\":1,\"message\":\"" + forged + "\"}"));
        }

        try (LogLines log = LogLines.of("com.aeghash.mining.internal.withdrawal.WithdrawalFindingRecorder")) {
            assertThat(request("withdrawal:log").status()).isEqualTo(MiningWithdrawalStatus.FAILED);

            assertThat(log.messages())
                    .anySatisfy(line -> assertThat(line).contains("failed: ").contains("Invalid API Key\\r\\n2026"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("\r", "\n"));
        }
    }

    @Test
    void oneWithdrawalIsReconciledAloneAndOnlyOnceItsCheckIsDue() {
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), true));
        rig.transport.script("assetWithdrawHistory", new SimulatorTransport.Respond(503, "unavailable"));
        request("withdrawal:r8");
        rig.transport.script(
                "assetWithdrawRequest",
                new SimulatorTransport.Fail(new SocketTimeoutException("Read timed out"), true));
        rig.transport.script("assetWithdrawHistory", new SimulatorTransport.Respond(503, "unavailable"));
        request("withdrawal:r9");
        long lookUps = rig.transport.callsOf("assetWithdrawHistory");

        MiningWithdrawalRecord notDue =
                rig.withdrawals.reconcile("withdrawal:r8").orElseThrow();
        rig.clock.advance(Duration.ofMinutes(5));
        MiningWithdrawalRecord due = rig.withdrawals.reconcile("withdrawal:r8").orElseThrow();

        assertThat(notDue.status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(due.status()).isEqualTo(MiningWithdrawalStatus.COMPLETED);
        assertThat(rig.transport.callsOf("assetWithdrawHistory"))
                .as("one look-up, for r8 only")
                .isEqualTo(lookUps + 1);
        assertThat(find("withdrawal:r9").status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(rig.withdrawals.reconcile("withdrawal:none")).isEmpty();
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isEqualTo(2);
    }

    @Test
    void aRowLeftSubmittingByACrashIsLookedUpOnceStale() {
        crashAfterPhaseOne("withdrawal:r11", true);
        crashAfterPhaseOne("withdrawal:r12", false);

        rig.clock.advance(Duration.ofMinutes(4));
        rig.withdrawals.reconcileDue();
        assertThat(find("withdrawal:r11").status()).isEqualTo(MiningWithdrawalStatus.SUBMITTING);
        rig.clock.advance(Duration.ofMinutes(1));
        rig.withdrawals.reconcileDue();

        assertThat(find("withdrawal:r11").status()).isEqualTo(MiningWithdrawalStatus.COMPLETED);
        assertThat(find("withdrawal:r12").status()).isEqualTo(MiningWithdrawalStatus.UNKNOWN);
        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).withdrawalHold()).isEqualByComparingTo("0.5");
    }

    /** Phase 1 committed (row and hold); the process died before (or right after) sending the request. */
    private void crashAfterPhaseOne(String payoutReference, boolean requestReachedHashDam) {
        BigDecimal amount = requestReachedHashDam ? new BigDecimal("0.25") : new BigDecimal("0.5");
        Instant now = rig.clock.instant();
        rig.ledger.post(EntryRequest.builder(payoutReference + ":hold", "hold")
                .move(
                        AccountRef.member("m-1", Asset.DOGE, Bucket.AVAILABLE),
                        AccountRef.member("m-1", Asset.DOGE, Bucket.WITHDRAWAL_HOLD),
                        amount)
                .build());
        rig.withdrawalRows.insertIfAbsent(new MiningWithdrawalRecord(
                0,
                payoutReference,
                "m-1",
                Asset.DOGE,
                amount,
                MiningWithdrawalStatus.SUBMITTING,
                null,
                null,
                0,
                0,
                null,
                now,
                now,
                null,
                null,
                null,
                0));
        if (requestReachedHashDam) {
            rig.simulator.handle(
                    MiningRig.API_KEY,
                    "127.0.0.1",
                    json("{\"method\":\"assetWithdrawRequest\",\"coin\":\"DOGE\",\"amount\":\"0.25\"}"));
        }
    }

    @Test
    void theSamePayoutReferenceReturnsTheRecordedWithdrawalWithoutASecondRequest() {
        MiningWithdrawalRecord first = request("withdrawal:r8");
        MiningWithdrawalRecord again = request("withdrawal:r8");

        assertThat(again).isEqualTo(first);
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isEqualTo(1);
        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).withdrawalHold()).isEqualByComparingTo(AMOUNT);
        assertThatThrownBy(() -> rig.withdrawals.request(
                        new MiningWithdrawalRequest("withdrawal:r8", "m-1", Asset.DOGE, new BigDecimal("0.5"))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        failure -> assertThat(failure.code()).isEqualTo("payout_reference_conflict"));
    }

    @Test
    void aHoldTheCallerAlreadyPlacedUnderTheSameReferenceIsNotPlacedTwice() {
        rig.ledger.post(EntryRequest.builder("withdrawal:r9:hold", "placed by the withdrawal workflow")
                .move(
                        AccountRef.member("m-1", Asset.DOGE, Bucket.AVAILABLE),
                        AccountRef.member("m-1", Asset.DOGE, Bucket.WITHDRAWAL_HOLD),
                        AMOUNT)
                .build());

        request("withdrawal:r9");

        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).withdrawalHold()).isEqualByComparingTo(AMOUNT);
    }

    @Test
    void coinsTheMemberDoesNotHaveRecordNothing() {
        assertThatThrownBy(() -> rig.withdrawals.request(
                        new MiningWithdrawalRequest("withdrawal:r10", "m-1", Asset.LTC, new BigDecimal("1000"))))
                .isInstanceOf(InsufficientBalanceException.class);

        assertThat(rig.withdrawals.find("withdrawal:r10")).isEmpty();
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isZero();
    }

    @Test
    void aFencedReferenceIsNeverSentByALateRequestAndMovesNoMoney() {
        MiningWithdrawalRequest late = new MiningWithdrawalRequest("withdrawal:f1", "m-1", Asset.DOGE, AMOUNT);
        BigDecimal before = rig.ledger.balancesOf("m-1").of(Asset.DOGE).available();

        MiningWithdrawalRecord fence = rig.withdrawals.fenceUnsent(late, "reconciled without a record");
        MiningWithdrawalRecord fencedAgain = rig.withdrawals.fenceUnsent(late, "reconciled again");
        MiningWithdrawalRecord lateRequest = rig.withdrawals.request(late);

        assertThat(fence.status()).isEqualTo(MiningWithdrawalStatus.FAILED);
        assertThat(fence.failureReason()).isEqualTo("never sent: reconciled without a record");
        assertThat(fencedAgain).isEqualTo(fence);
        assertThat(lateRequest.id()).isEqualTo(fence.id());
        assertThat(lateRequest.status()).isEqualTo(MiningWithdrawalStatus.FAILED);
        assertThat(rig.transport.callsOf("assetWithdrawRequest")).isZero();
        assertThat(rig.ledger.balancesOf("m-1").of(Asset.DOGE).available()).isEqualByComparingTo(before);
        assertThat(rig.audit.recent("mining.withdrawal_fenced", 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("withdrawal:f1"));
    }

    @Test
    void aRecordedWithdrawalIsNotFencedOver() {
        MiningWithdrawalRecord sent = request("withdrawal:f2");

        MiningWithdrawalRecord fence = rig.withdrawals.fenceUnsent(
                new MiningWithdrawalRequest("withdrawal:f2", "m-1", Asset.DOGE, AMOUNT), "reconciled");

        assertThat(fence).isEqualTo(sent);
        assertThat(fence.status()).isEqualTo(MiningWithdrawalStatus.SUBMITTED);
    }

    private MiningWithdrawalRecord request(String payoutReference) {
        return rig.withdrawals.request(new MiningWithdrawalRequest(payoutReference, "m-1", Asset.DOGE, AMOUNT));
    }

    private MiningWithdrawalRecord find(String payoutReference) {
        return rig.withdrawals.find(payoutReference).orElseThrow();
    }

    private static tools.jackson.databind.JsonNode json(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
    }
}
