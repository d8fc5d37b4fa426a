package com.aeghash.withdrawal.internal.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalRequest;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.withdrawal.PayoutCommand;
import com.aeghash.withdrawal.PayoutOutcome;
import com.aeghash.withdrawal.PayoutOutcome.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The HashDam gateway over a scripted mining primitive: what it sends, and what it concludes from the record. */
class HashDamPayoutGatewayTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final ScriptedMining mining = new ScriptedMining();
    private final HashDamPayoutGateway gateway = new HashDamPayoutGateway(mining);

    @Test
    void paysEveryCoinAndNothingElse() {
        assertThat(Asset.coins()).allMatch(gateway::handles);
        assertThat(gateway.handles(Asset.POINT)).isFalse();
        assertThat(gateway.handles(Asset.HASHPOWER)).isFalse();
    }

    @Test
    void aRequestNamingADestinationIsRefusedBecauseHashDamPaysOnlyTheRegisteredAccount() {
        gateway.checkDestination("m-1", Asset.DOGE, null);

        assertThatThrownBy(() -> gateway.checkDestination("m-1", Asset.DOGE, "D7Y55Lkqb3zVSWq7qBXbh7ZtW8HJHKRPzq"))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    assertThat(refused.code()).isEqualTo("destination_not_supported");
                    assertThat(refused.field()).isEqualTo("destination");
                });
    }

    @Test
    void executionAsksThePrimitiveUnderThePayoutReferenceAndAnswersItsRecord() {
        mining.onRequest = request -> record(request, MiningWithdrawalStatus.SUBMITTED, "wd-1", NOW);

        PayoutOutcome outcome = gateway.execute(command(5));

        assertThat(outcome).isEqualTo(PayoutOutcome.submitted("wd-1"));
        assertThat(mining.requests)
                .containsExactly(new MiningWithdrawalRequest("withdrawal:5", "m-1", Asset.DOGE, new BigDecimal("2.5")));
    }

    @Test
    void aRefusalBeforeThePrimitiveRecordedAnythingProvesNothingWasSent() {
        mining.onRequest = request -> {
            throw ApiException.unprocessable("insufficient_balance", "not enough DOGE");
        };

        PayoutOutcome outcome = gateway.execute(command(5));

        assertThat(outcome.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(outcome.reason()).contains("HashDam was not asked", "insufficient_balance");
    }

    @Test
    void aFailureAfterTheIntentWasRecordedIsJudgedFromTheRecord() {
        mining.onRequest = request -> {
            mining.rows.put(request.payoutReference(), record(request, MiningWithdrawalStatus.SUBMITTING, null, NOW));
            throw new IllegalStateException("connection lost while recording the answer");
        };

        assertThat(gateway.execute(command(5)).kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void aReferenceTakenByAnotherMiningWithdrawalIsNeverAdopted() {
        MiningWithdrawalRequest other = new MiningWithdrawalRequest("withdrawal:5", "m-2", Asset.DOGE, BigDecimal.ONE);
        mining.rows.put("withdrawal:5", record(other, MiningWithdrawalStatus.COMPLETED, "wd-9", NOW));
        mining.onRequest = request -> {
            throw ApiException.conflict("payout_reference_conflict", "used for another member");
        };

        PayoutOutcome outcome = gateway.execute(command(5));

        assertThat(outcome.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(outcome.reason()).contains("belongs to another mining withdrawal");
    }

    @Test
    void reconciliationWithoutAnyRecordFencesTheReferenceSoHashDamIsNeverAsked() {
        PayoutOutcome outcome = gateway.reconcile(command(5));
        PayoutOutcome again = gateway.reconcile(command(5));

        assertThat(outcome.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(again.kind()).isEqualTo(Kind.FAILED_DEFINITE);
        assertThat(mining.fenced)
                .singleElement()
                .isEqualTo(new MiningWithdrawalRequest("withdrawal:5", "m-1", Asset.DOGE, new BigDecimal("2.5")));
        assertThat(mining.requests).isEmpty();
    }

    @Test
    void reconciliationAnswersFromThePrimitivesOwnReconciliationOfThatRowAndNeverSends() {
        MiningWithdrawalRequest due = new MiningWithdrawalRequest("withdrawal:6", "m-1", Asset.LTC, BigDecimal.ONE);
        MiningWithdrawalRequest later = new MiningWithdrawalRequest("withdrawal:7", "m-1", Asset.LTC, BigDecimal.ONE);
        mining.rows.put("withdrawal:6", record(due, MiningWithdrawalStatus.SUBMITTED, "wd-6", NOW));
        mining.rows.put("withdrawal:7", record(later, MiningWithdrawalStatus.SUBMITTED, "wd-7", NOW.plusSeconds(60)));
        mining.onReconcile = row -> row.payoutReference().equals("withdrawal:6")
                ? record(due, MiningWithdrawalStatus.COMPLETED, "wd-6", null)
                : row;

        PayoutOutcome completed = gateway.reconcile(commandOf(due));
        PayoutOutcome stillOnItsWay = gateway.reconcile(commandOf(later));

        assertThat(completed).isEqualTo(PayoutOutcome.completed("wd-6"));
        assertThat(stillOnItsWay).isEqualTo(PayoutOutcome.submitted("wd-7"));
        assertThat(mining.reconciled).containsExactly("withdrawal:6", "withdrawal:7");
        assertThat(mining.requests).isEmpty();
    }

    private static PayoutCommand commandOf(MiningWithdrawalRequest request) {
        long id = Long.parseLong(request.payoutReference().substring("withdrawal:".length()));
        return new PayoutCommand(
                request.payoutReference(), id, request.memberId(), request.coin(), request.amount(), null);
    }

    private static PayoutCommand command(long id) {
        return new PayoutCommand("withdrawal:" + id, id, "m-1", Asset.DOGE, new BigDecimal("2.5"), null);
    }

    private static MiningWithdrawalRecord record(
            MiningWithdrawalRequest request, MiningWithdrawalStatus status, String withdrawId, Instant nextCheckAt) {
        return new MiningWithdrawalRecord(
                1,
                request.payoutReference(),
                request.memberId(),
                request.coin(),
                request.amount(),
                status,
                withdrawId,
                null,
                1,
                0,
                null,
                NOW,
                NOW,
                nextCheckAt,
                null,
                null,
                0);
    }

    /** The mining primitive, answering as each test scripts it. */
    private static final class ScriptedMining implements MiningWithdrawals {

        final Map<String, MiningWithdrawalRecord> rows = new HashMap<>();
        final List<MiningWithdrawalRequest> requests = new ArrayList<>();
        final List<MiningWithdrawalRequest> fenced = new ArrayList<>();
        Function<MiningWithdrawalRequest, MiningWithdrawalRecord> onRequest;
        Function<MiningWithdrawalRecord, MiningWithdrawalRecord> onReconcile = row -> row;
        final List<String> reconciled = new ArrayList<>();

        @Override
        public MiningWithdrawalRecord request(MiningWithdrawalRequest request) {
            requests.add(request);
            MiningWithdrawalRecord recorded = onRequest.apply(request);
            rows.put(request.payoutReference(), recorded);
            return recorded;
        }

        @Override
        public MiningWithdrawalRecord fenceUnsent(MiningWithdrawalRequest request, String reason) {
            fenced.add(request);
            return rows.computeIfAbsent(
                    request.payoutReference(), reference -> record(request, MiningWithdrawalStatus.FAILED, null, null));
        }

        @Override
        public Optional<MiningWithdrawalRecord> find(String payoutReference) {
            return Optional.ofNullable(rows.get(payoutReference));
        }

        @Override
        public List<MiningWithdrawalRecord> list(MiningWithdrawalStatus status, Long beforeId, int limit) {
            return List.copyOf(rows.values());
        }

        @Override
        public int reconcileDue() {
            throw new UnsupportedOperationException("the gateway reconciles one row, never a whole reconciler pass");
        }

        @Override
        public Optional<MiningWithdrawalRecord> reconcile(String payoutReference) {
            reconciled.add(payoutReference);
            return Optional.ofNullable(
                    rows.computeIfPresent(payoutReference, (reference, row) -> onReconcile.apply(row)));
        }

        @Override
        public com.aeghash.approval.DoneOrAwaiting<MiningWithdrawalRecord> resolveUnknown(
                String payoutReference, String withdrawId, String actor, String note) {
            throw new UnsupportedOperationException("not used by the gateway");
        }
    }
}
