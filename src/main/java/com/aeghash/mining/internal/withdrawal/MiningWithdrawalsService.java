package com.aeghash.mining.internal.withdrawal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.UnitOfWork;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalRequest;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.withdrawal.MiningWithdrawalRepository.Insertion;
import com.aeghash.notification.Notifier;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The mining withdrawal primitive in three atomic phases: (1) record the intent ({@code submitting}) and hold
 * the coins, commit; (2) call HashDam with no transaction open; (3) record what was learnt (a
 * {@link WithdrawalFinding}) in a new transaction.
 */
public class MiningWithdrawalsService implements MiningWithdrawals {

    static final Pattern PAYOUT_REFERENCE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9:._-]{0,149}$");
    static final int LIST_MAX = 500;

    private static final String FENCE_ACTOR = "payout-reconciliation";
    private final Ledger ledger;
    private final AuditLog audit;
    private final MiningWithdrawalRepository withdrawals;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final WithdrawalVendor vendor;
    private final WithdrawalFindingRecorder recorder;
    private final MiningWithdrawalReconciler reconciler;

    public MiningWithdrawalsService(
            HashDamClient hashDam,
            Ledger ledger,
            MiningWithdrawalRepository withdrawals,
            AuditLog audit,
            Notifier notifier,
            ApplicationEventPublisher events,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties.Withdrawals limits) {
        this.ledger = ledger;
        this.audit = audit;
        this.withdrawals = withdrawals;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.vendor = new WithdrawalVendor(hashDam, withdrawals, limits, clock);
        this.recorder =
                new WithdrawalFindingRecorder(withdrawals, ledger, audit, notifier, events, unitOfWork, clock, limits);
        this.reconciler = new MiningWithdrawalReconciler(withdrawals, vendor, recorder, clock, limits);
    }

    @Override
    public MiningWithdrawalRecord request(MiningWithdrawalRequest request) {
        validate(request);
        Insertion intent = unitOfWork.inNewTransaction(() -> recordIntent(request));
        if (!intent.created()) {
            return intent.record();
        }
        WithdrawalFinding finding = vendor.submit(intent.record());
        return recorder.record(intent.record().id(), MiningWithdrawalStatus.SUBMITTING, finding);
    }

    /**
     * Phase 1: the hold and the row commit together, or neither does (insufficient balance, conflict). The hold
     * is posted first: a concurrent request with the same payout reference replays it in the ledger and then
     * finds the row, so it never holds twice nor sends a second vendor request.
     */
    private Insertion recordIntent(MiningWithdrawalRequest request) {
        Optional<MiningWithdrawalRecord> existing = withdrawals.findByPayoutReference(request.payoutReference());
        if (existing.isPresent()) {
            return new Insertion(requireSame(existing.get(), request), false);
        }
        ledger.post(WithdrawalEntries.hold(request));
        Insertion insertion = withdrawals.insertIfAbsent(newRecord(request, MiningWithdrawalStatus.SUBMITTING, null));
        return insertion.created() ? insertion : new Insertion(requireSame(insertion.record(), request), false);
    }

    /** A new row for the request (id 0 until stored), requested and updated now. */
    private MiningWithdrawalRecord newRecord(
            MiningWithdrawalRequest request, MiningWithdrawalStatus status, String failureReason) {
        Instant now = clock.instant();
        return new MiningWithdrawalRecord(
                0,
                request.payoutReference(),
                request.memberId(),
                request.coin(),
                request.amount(),
                status,
                null,
                null,
                0,
                0,
                failureReason,
                now,
                now,
                null);
    }

    @Override
    public MiningWithdrawalRecord fenceUnsent(MiningWithdrawalRequest request, String reason) {
        validate(request);
        return unitOfWork.inNewTransaction(() -> {
            Insertion insertion = withdrawals.insertIfAbsent(
                    newRecord(request, MiningWithdrawalStatus.FAILED, "never sent: " + reason));
            if (insertion.created()) {
                audit.record(
                        FENCE_ACTOR,
                        "mining.withdrawal_fenced",
                        request.payoutReference(),
                        Map.of(
                                "memberId",
                                request.memberId(),
                                "coin",
                                request.coin().name(),
                                "reason",
                                reason));
            }
            return insertion.record();
        });
    }

    private static MiningWithdrawalRecord requireSame(
            MiningWithdrawalRecord existing, MiningWithdrawalRequest request) {
        if (!existing.memberId().equals(request.memberId())
                || existing.coin() != request.coin()
                || existing.amount().compareTo(request.amount()) != 0) {
            throw ApiException.conflict(
                    "payout_reference_conflict",
                    "payout reference " + request.payoutReference() + " was used for another member, coin or amount");
        }
        return existing;
    }

    private static void validate(MiningWithdrawalRequest request) {
        if (!PAYOUT_REFERENCE.matcher(request.payoutReference()).matches()) {
            throw ApiException.validation("reference", "must be 1-150 letters, digits, ':', '.', '_' or '-'");
        }
        MemberIds.require(request.memberId(), "memberId");
        if (!request.coin().isCoin()) {
            throw ApiException.validation("coin", "must be a mined coin");
        }
        if (request.amount().signum() <= 0
                || request.amount().stripTrailingZeros().scale() > Amounts.MEMBER_SCALE
                || !Amounts.fitsStorage(request.amount())) {
            throw ApiException.validation("amount", "must be positive with at most 8 decimals");
        }
    }

    @Override
    public Optional<MiningWithdrawalRecord> find(String payoutReference) {
        return withdrawals.findByPayoutReference(payoutReference);
    }

    @Override
    public List<MiningWithdrawalRecord> list(MiningWithdrawalStatus status, Long beforeId, int limit) {
        return withdrawals.list(status, beforeId, Math.min(Math.max(limit, 1), LIST_MAX));
    }

    @Override
    public int reconcileDue() {
        return reconciler.reconcileDue();
    }

    @Override
    public Optional<MiningWithdrawalRecord> reconcile(String payoutReference) {
        return withdrawals.findByPayoutReference(payoutReference).map(reconciler::reconcileIfDue);
    }

    @Override
    public MiningWithdrawalRecord resolveUnknown(String payoutReference, String withdrawId, String actor, String note) {
        MiningWithdrawalRecord withdrawal =
                find(payoutReference).orElseThrow(() -> ApiException.notFound("mining withdrawal " + payoutReference));
        if (withdrawal.status() != MiningWithdrawalStatus.UNKNOWN) {
            throw ApiException.conflict(
                    "invalid_transition",
                    "only an unknown withdrawal can be resolved; this one is "
                            + withdrawal.status().wireName());
        }
        WithdrawalFinding decision = withdrawId == null || withdrawId.isBlank()
                ? new WithdrawalFinding.DeclaredFailed(actor, note == null ? "" : note)
                : new WithdrawalFinding.Identified(withdrawId.trim(), actor);
        MiningWithdrawalRecord resolved = recorder.record(withdrawal.id(), MiningWithdrawalStatus.UNKNOWN, decision);
        MiningWithdrawalStatus decided = decision instanceof WithdrawalFinding.DeclaredFailed
                ? MiningWithdrawalStatus.FAILED
                : MiningWithdrawalStatus.SUBMITTED;
        if (resolved.status() != decided) {
            throw ApiException.conflict("invalid_transition", "the withdrawal changed while it was being resolved");
        }
        return resolved;
    }
}
