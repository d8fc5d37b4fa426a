package com.aeghash.mining.internal.withdrawal;

import static com.aeghash.mining.MiningWithdrawalStatus.FAILED;
import static com.aeghash.mining.MiningWithdrawalStatus.UNKNOWN;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.DoneOrAwaiting;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.approval.OperatorDecision;
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
import com.aeghash.mining.internal.HashDamUnavailable;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashdam.HashDamException;
import com.aeghash.mining.internal.hashdam.WithdrawEntry;
import com.aeghash.mining.internal.withdrawal.MiningWithdrawalRepository.Insertion;
import com.aeghash.notification.Notifier;
import com.aeghash.security.OperatorIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mining withdrawal primitive in three atomic phases: (1) record the intent ({@code submitting}) and hold
 * the coins, commit; (2) call HashDam with no transaction open; (3) record what was learnt (a
 * {@link WithdrawalFinding}) in a new transaction. Operators' decisions on unknown withdrawals ask HashDam first and
 * are never one person's word alone ({@link #resolveUnknown}).
 */
@Service
public class MiningWithdrawalsService implements MiningWithdrawals {

    static final Pattern PAYOUT_REFERENCE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9:._-]{0,149}$");
    static final int LIST_MAX = 500;

    static final String APPROVAL_KIND = "mining.withdrawal_decision";
    private static final String FENCE_ACTOR = "payout-reconciliation";
    private static final int NOTE_LENGTH_MAX = 500;
    private final Ledger ledger;
    private final AuditLog audit;
    private final MiningWithdrawalRepository withdrawals;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final WithdrawalVendor vendor;
    private final WithdrawalFindingRecorder recorder;
    private final MiningWithdrawalReconciler reconciler;
    private final ApprovalRequests approvals;
    private final MiningProperties.Withdrawals limits;
    private final OperatorIdentity identity;

    public MiningWithdrawalsService(
            HashDamClient hashDam,
            Ledger ledger,
            MiningWithdrawalRepository withdrawals,
            AuditLog audit,
            Notifier notifier,
            ApplicationEventPublisher events,
            UnitOfWork unitOfWork,
            Clock clock,
            MiningProperties properties,
            ApprovalRequests approvals,
            OperatorIdentity identity) {
        MiningProperties.Withdrawals limits = properties.withdrawals();
        this.ledger = ledger;
        this.approvals = approvals;
        this.identity = identity;
        this.limits = limits;
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
                null,
                null,
                null,
                0);
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
    public DoneOrAwaiting<MiningWithdrawalRecord> resolveUnknown(
            String payoutReference, String withdrawId, String actor, String note) {
        UnitOfWork.requireNoTransaction("resolving a mining withdrawal");
        MiningWithdrawalRecord withdrawal = unknown(payoutReference);
        if (identity.isMember(actor, withdrawal.memberId())) {
            throw OperatorIdentity.memberOwnOperator(actor, withdrawal.memberId());
        }
        if (withdrawId != null && !withdrawId.isBlank()) {
            WithdrawEntry entry = confirmedOrRefused(withdrawal, withdrawId.trim());
            return DoneOrAwaiting.done(
                    decided(withdrawal, new WithdrawalFinding.Identified(entry, actor), status -> status != UNKNOWN));
        }
        String why = requireNote(note);
        if (withdrawal.historyMisses() >= limits.historyNotFoundChecks()) {
            WithdrawalFinding now = vendor.searchAfterLoss(withdrawal, "declared failed by " + actor, 0);
            if (now instanceof WithdrawalFinding.Found found) {
                // HashDam shows it after all: its word, not the declaration, decides.
                return DoneOrAwaiting.done(decided(withdrawal, found, status -> status != UNKNOWN));
            }
            if (now instanceof WithdrawalFinding.Undecided undecided && undecided.historyShowsNothing()) {
                OperatorDecision decision = OperatorDecision.backedBy(
                        actor,
                        "HashDam's history had no match in " + withdrawal.historyMisses()
                                + " look-ups and has none now");
                return DoneOrAwaiting.done(decided(
                        withdrawal, new WithdrawalFinding.DeclaredFailed(decision, why), status -> status == FAILED));
            }
        }
        return DoneOrAwaiting.awaiting(approvals.submit(new NewApprovalRequest(
                APPROVAL_KIND, "mining-withdrawal:" + payoutReference, payloadOf(withdrawal, why), actor, why)));
    }

    /**
     * Declares an unknown withdrawal failed for a maker whose request a checker approved, in the approval's
     * transaction; refused (409) when it is no longer unknown.
     */
    MiningWithdrawalRecord declareFailedApproved(ApprovalRequest request, String checker) {
        MiningWithdrawalRecord withdrawal =
                unknown(request.payload().path("payoutReference").asString());
        WithdrawalFinding.DeclaredFailed declared = new WithdrawalFinding.DeclaredFailed(
                OperatorDecision.approved(request, checker),
                request.payload().path("note").asString());
        MiningWithdrawalRecord failed = recorder.recordInCallersTransaction(withdrawal.id(), UNKNOWN, declared);
        requireDecided(failed, status -> status == FAILED);
        return failed;
    }

    private MiningWithdrawalRecord unknown(String payoutReference) {
        MiningWithdrawalRecord withdrawal =
                find(payoutReference).orElseThrow(() -> ApiException.notFound("mining withdrawal " + payoutReference));
        if (withdrawal.status() != UNKNOWN) {
            throw ApiException.conflict(
                    "invalid_transition",
                    "only an unknown withdrawal can be resolved; this one is "
                            + withdrawal.status().wireName());
        }
        return withdrawal;
    }

    /** The vendor withdrawal an operator named, as HashDam's history shows it for this coin and amount. */
    private WithdrawEntry confirmedOrRefused(MiningWithdrawalRecord withdrawal, String withdrawId) {
        Optional<WithdrawEntry> shown;
        try {
            shown = vendor.lookUp(withdrawal, withdrawId);
        } catch (HashDamException unavailable) {
            throw HashDamUnavailable.of(unavailable);
        }
        String problem = shown.isEmpty()
                ? "HashDam's " + withdrawal.coin() + " history shows no withdrawal " + withdrawId
                : !WithdrawalVendor.sameWithdrawal(shown.get(), withdrawal)
                        ? "HashDam's withdrawal " + withdrawId + " is not this one ("
                                + shown.get().coin() + " "
                                + shown.get().amount().toPlainString() + ")"
                        : !withdrawals.withdrawIdsTaken(List.of(withdrawId)).isEmpty()
                                ? "withdrawal " + withdrawId + " already belongs to another mining withdrawal"
                                : null;
        if (problem != null) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "withdraw_id_not_confirmed",
                    "withdrawId",
                    "withdrawId: " + problem,
                    Map.of("payoutReference", withdrawal.payoutReference()));
        }
        return shown.get();
    }

    private MiningWithdrawalRecord decided(
            MiningWithdrawalRecord withdrawal, WithdrawalFinding finding, Predicate<MiningWithdrawalStatus> expected) {
        MiningWithdrawalRecord resolved = recorder.record(withdrawal.id(), UNKNOWN, finding);
        requireDecided(resolved, expected);
        return resolved;
    }

    private static void requireDecided(MiningWithdrawalRecord resolved, Predicate<MiningWithdrawalStatus> expected) {
        if (!expected.test(resolved.status())) {
            throw ApiException.conflict("invalid_transition", "the withdrawal changed while it was being resolved");
        }
    }

    private static String requireNote(String note) {
        if (note == null || note.isBlank() || note.length() > NOTE_LENGTH_MAX) {
            throw ApiException.validation(
                    "note", "must say why it did not happen, in 1-" + NOTE_LENGTH_MAX + " characters");
        }
        return note.trim();
    }

    /** What the checker sees: the withdrawal and what HashDam's history showed so far. */
    private static ObjectNode payloadOf(MiningWithdrawalRecord withdrawal, String note) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("payoutReference", withdrawal.payoutReference())
                .put("memberId", withdrawal.memberId())
                .put("coin", withdrawal.coin().name())
                .put("amount", withdrawal.amount().toPlainString())
                .put("outcome", "failed")
                .put("note", note)
                .put("historyLookUpsWithoutMatch", withdrawal.historyMisses())
                .put("lastReason", withdrawal.failureReason());
    }
}
