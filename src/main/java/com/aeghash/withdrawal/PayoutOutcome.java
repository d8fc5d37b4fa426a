package com.aeghash.withdrawal;

import com.aeghash.approval.OperatorDecision;
import java.util.Objects;

/**
 * What a vendor said about a payout, converted by the adapter (one comment per case in its converter).
 *
 * @param kind             {@code SUBMITTED}: accepted, not settled yet (a vendor id is known);
 *                         {@code COMPLETED}: settled, the money left; {@code FAILED_DEFINITE}: proven not
 *                         executed and never will be; {@code UNKNOWN}: anything else (timeout, 5xx, reset)
 * @param vendorReference  the vendor's id (HashDam {@code withdrawId}, MBlock txid); required when submitted
 * @param reason           why it failed or is unknown (no secrets); required for those two kinds
 * @param decision         the operators who decided it when the vendor could not (the withdrawal's trail names them
 *                         instead of the vendor); null when the vendor's answer is the verdict
 */
public record PayoutOutcome(Kind kind, String vendorReference, String reason, OperatorDecision decision) {

    public static final int REASON_LENGTH_MAX = 500;

    public enum Kind {
        SUBMITTED,
        COMPLETED,
        FAILED_DEFINITE,
        UNKNOWN
    }

    public PayoutOutcome {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.SUBMITTED && (vendorReference == null || vendorReference.isBlank())) {
            throw new IllegalArgumentException("a submitted payout has a vendor reference");
        }
        if ((kind == Kind.FAILED_DEFINITE || kind == Kind.UNKNOWN) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a failed or unknown payout has a reason");
        }
        if (reason != null && reason.length() > REASON_LENGTH_MAX) {
            reason = reason.substring(0, REASON_LENGTH_MAX);
        }
    }

    public static PayoutOutcome submitted(String vendorReference) {
        return new PayoutOutcome(Kind.SUBMITTED, vendorReference, null, null);
    }

    /** Settled; the vendor reference may be null when the vendor gives none. */
    public static PayoutOutcome completed(String vendorReference) {
        return new PayoutOutcome(Kind.COMPLETED, vendorReference, null, null);
    }

    public static PayoutOutcome failedDefinite(String reason) {
        return new PayoutOutcome(Kind.FAILED_DEFINITE, null, reason, null);
    }

    public static PayoutOutcome unknown(String reason) {
        return new PayoutOutcome(Kind.UNKNOWN, null, reason, null);
    }

    /** The same verdict, decided by operators ({@code decision} null: the vendor's). */
    public PayoutOutcome decidedBy(OperatorDecision operators) {
        return new PayoutOutcome(kind, vendorReference, reason, operators);
    }
}
