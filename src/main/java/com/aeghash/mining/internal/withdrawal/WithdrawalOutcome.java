package com.aeghash.mining.internal.withdrawal;

import com.aeghash.mining.internal.hashdam.WithdrawEntry;

/** What was learnt about a withdrawal from HashDam (or an operator), to be recorded in phase 3. */
sealed interface WithdrawalOutcome {

    /** {@code assetWithdrawRequest} answered with a withdrawId after {@code attempts} requests. */
    record Accepted(String withdrawId, int attempts) implements WithdrawalOutcome {
    }

    /** Every request was refused definitely: nothing was executed. */
    record Refused(String reason, int attempts) implements WithdrawalOutcome {
    }

    /** The vendor history shows the withdrawal (found by withdrawId or matched after a lost answer). */
    record Found(WithdrawEntry entry, int attempts) implements WithdrawalOutcome {
    }

    /** Still not decidable: the answer was lost and the history shows no match (yet). */
    record Undecided(String reason, int attempts) implements WithdrawalOutcome {
    }

    /** A submitted withdrawal the history does not show (yet): look again later. */
    record Unlisted(String reason) implements WithdrawalOutcome {
    }

    /** An operator declared an unknown withdrawal failed (not executed at HashDam). */
    record DeclaredFailed(String actor, String note) implements WithdrawalOutcome {
    }

    /** An operator identified the vendor withdrawal of an unknown one. */
    record Identified(String withdrawId, String actor) implements WithdrawalOutcome {
    }
}
