package com.aeghash.mining.internal.withdrawal;

import com.aeghash.mining.internal.hashdam.WithdrawEntry;

/** What was learnt about a withdrawal from HashDam (or an operator), to be recorded in phase 3. */
sealed interface WithdrawalFinding {

    /** {@code assetWithdrawRequest} answered with a withdrawId after {@code attempts} requests. */
    record Accepted(String withdrawId, int attempts) implements WithdrawalFinding {}

    /** Every request was refused definitely: nothing was executed. */
    record Refused(String reason, int attempts) implements WithdrawalFinding {}

    /** The vendor history shows the withdrawal (found by withdrawId or matched after a lost answer). */
    record Found(WithdrawEntry entry, int attempts) implements WithdrawalFinding {}

    /** Still not decidable: the answer was lost and the history shows no match (yet). */
    record Undecided(String reason, int attempts) implements WithdrawalFinding {}

    /** A submitted withdrawal the history does not show (yet): look again later. */
    record Unlisted(String reason) implements WithdrawalFinding {}

    /** An operator declared an unknown withdrawal failed (not executed at HashDam). */
    record DeclaredFailed(String actor, String note) implements WithdrawalFinding {}

    /** An operator identified the vendor withdrawal of an unknown one. */
    record Identified(String withdrawId, String actor) implements WithdrawalFinding {}
}
