package com.aeghash.mining;

import com.aeghash.approval.DoneOrAwaiting;
import java.util.List;
import java.util.Optional;

/**
 * The mining withdrawal primitive: moves a member's mined coins out through HashDam
 * ({@code assetWithdrawRequest}). Every money move is idempotent under the caller's {@code payoutReference}:
 * <ul>
 *   <li>{@code {payoutReference}:hold} moves the amount AVAILABLE → WITHDRAWAL_HOLD before the vendor call
 *       (a caller that already posted this hold with the same lines gets a no-op replay);</li>
 *   <li>{@code {payoutReference}:clear} moves it WITHDRAWAL_HOLD → {@code payout_clearing} once HashDam
 *       reports the withdrawal {@code completed};</li>
 *   <li>{@code {payoutReference}:release} moves it back WITHDRAWAL_HOLD → AVAILABLE on a definite failure.</li>
 * </ul>
 * The outcome is announced by {@link MiningWithdrawalCompleted} or {@link MiningWithdrawalFailed}.
 */
public interface MiningWithdrawals {

    /**
     * Holds the amount, commits, then asks HashDam (retrying only failures that prove the request was not
     * accepted; after a timeout or 5xx it looks the request up in the vendor history instead of resending).
     * Calling it again with the same payout reference and the same request returns the recorded withdrawal
     * and never sends a second vendor request.
     *
     * @throws com.aeghash.common.ApiException 409 {@code payout_reference_conflict} when the reference was used
     *         for another member, coin or amount; 422 {@code insufficient_balance} when the member's available
     *         coins do not cover the amount (nothing is recorded)
     */
    MiningWithdrawalRecord request(MiningWithdrawalRequest request);

    Optional<MiningWithdrawalRecord> find(String payoutReference);

    /**
     * Closes the payout reference to any later {@link #request}: when nothing is recorded under it yet, records
     * the withdrawal as {@code FAILED} (never sent; no ledger entry: the caller releases its own hold), so a
     * request arriving late (a caller stalled before its intent committed) finds it and never calls HashDam.
     * Returns that record, or the one already there. For the withdrawal module's reconciliation of a payout
     * whose call it abandoned: the absence of a record alone does not prove a stalled call will not send later.
     */
    MiningWithdrawalRecord fenceUnsent(MiningWithdrawalRequest request, String reason);

    /** Newest first; {@code status} null = all; {@code beforeId} null = from the newest; at most 500. */
    List<MiningWithdrawalRecord> list(MiningWithdrawalStatus status, Long beforeId, int limit);

    /**
     * One reconciler pass now: follows submitted withdrawals to completion and looks up unknown ones in the vendor
     * history on their schedule. Returns how many rows changed state.
     */
    int reconcileDue();

    /**
     * The withdrawal under the payout reference, first reconciled with HashDam if its check is due (the reconciler's
     * own rule: a follow-up or look-up whose time has come, or a row left submitting by a dead process); empty
     * when nothing is recorded under the reference. Never sends.
     */
    Optional<MiningWithdrawalRecord> reconcile(String payoutReference);

    /**
     * An operator's decision on an {@code unknown} withdrawal; never one operator's word alone. With a
     * {@code withdrawId} (found at HashDam by other means) it is adopted, with the status HashDam shows, once HashDam's
     * history shows that withdrawal for this coin and amount. Without one it is declared {@code failed} (the hold is
     * released) at once when HashDam's history had no match in {@code history-not-found-checks} look-ups and has none
     * now; otherwise the declaration becomes a four-eyes request ({@code mining.withdrawal_decision}) a different
     * OPERATIONS or FINANCE operator approves. Call it with no transaction open.
     *
     * @throws com.aeghash.common.ApiException 404; 409 {@code invalid_transition} unless the withdrawal is unknown;
     *         422 {@code withdraw_id_not_confirmed}; 400 without a note when declaring it failed
     */
    DoneOrAwaiting<MiningWithdrawalRecord> resolveUnknown(
            String payoutReference, String withdrawId, String actor, String note);
}
