package com.aeghash.mining.internal.withdrawal;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.mining.internal.hashdam.WithdrawEntry;

/** What was learnt about a withdrawal from HashDam (or an operator), to be recorded in phase 3. */
sealed interface WithdrawalFinding {

    /** {@code assetWithdrawRequest} answered with a withdrawId after {@code attempts} requests. */
    record Accepted(String withdrawId, int attempts) implements WithdrawalFinding {}

    /** Every request was refused definitely: nothing was executed. */
    record Refused(String reason, int attempts) implements WithdrawalFinding {}

    /** The vendor history shows the withdrawal (found by withdrawId or matched after a lost answer). */
    record Found(WithdrawEntry entry, int attempts) implements WithdrawalFinding {}

    /**
     * Still not decidable: the answer was lost and the history shows no match (yet).
     *
     * @param historyShowsNothing the history was read and has no match (counted towards HashDam's word that the
     *                            withdrawal never happened); false when the history could not be read
     */
    record Undecided(String reason, int attempts, boolean historyShowsNothing) implements WithdrawalFinding {}

    /** A submitted withdrawal the history does not show (yet): look again later. */
    record Unlisted(String reason) implements WithdrawalFinding {}

    /** Operators declared an unknown withdrawal failed (not executed at HashDam). */
    record DeclaredFailed(OperatorDecision decision, String note) implements WithdrawalFinding {}

    /** An operator identified the vendor withdrawal of an unknown one, and HashDam's history shows it. */
    record Identified(WithdrawEntry entry, String actor) implements WithdrawalFinding {}
}
