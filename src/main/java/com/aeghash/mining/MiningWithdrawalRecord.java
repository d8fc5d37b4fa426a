package com.aeghash.mining;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A mining withdrawal as recorded in {@code mining_withdrawals}.
 *
 * @param withdrawId    HashDam's id once known
 * @param vendorStatus  the status HashDam last reported ({@code pending}, {@code completed}, ...)
 * @param attempts      requests sent to HashDam (more than one only after definite refusals)
 * @param checks        reconciler look-ups done while unknown (position in its schedule)
 * @param failureReason why it failed or is undecided, cut to {@link #FAILURE_REASON_MAX} characters (the column's size;
 *                      vendor messages and joined exception texts can be longer)
 * @param nextCheckAt   when the reconciler looks again; null when nothing is scheduled (final, or left to an operator)
 * @param decidedBy     the operator who declared an unknown withdrawal failed, or identified its withdrawId
 * @param approvedBy    the second operator who approved that declaration; null when HashDam's word backed one
 * @param historyMisses reconciler look-ups of HashDam's history (while unknown) that found no match: the vendor's
 *                      word that lets one operator declare it failed
 */
public record MiningWithdrawalRecord(
        long id,
        String payoutReference,
        String memberId,
        Asset coin,
        BigDecimal amount,
        MiningWithdrawalStatus status,
        String withdrawId,
        String vendorStatus,
        int attempts,
        int checks,
        String failureReason,
        Instant requestedAt,
        Instant updatedAt,
        Instant nextCheckAt,
        String decidedBy,
        String approvedBy,
        int historyMisses) {

    public static final int FAILURE_REASON_MAX = 500;

    public MiningWithdrawalRecord {
        if (failureReason != null && failureReason.length() > FAILURE_REASON_MAX) {
            failureReason = failureReason.substring(0, FAILURE_REASON_MAX);
        }
    }

    /** The record with the changes written on a copy of it; what it withdraws (reference, member, coin, amount) stays. */
    public MiningWithdrawalRecord with(Consumer<Draft> changes) {
        Draft draft = new Draft(this);
        changes.accept(draft);
        return draft.build();
    }

    /** The mutable copy a change is written on. */
    public static final class Draft {
        private final MiningWithdrawalRecord origin;
        public long id;
        public MiningWithdrawalStatus status;
        public String withdrawId;
        public String vendorStatus;
        public int attempts;
        public int checks;
        public String failureReason;
        public Instant requestedAt;
        public Instant updatedAt;
        public Instant nextCheckAt;
        public String decidedBy;
        public String approvedBy;
        public int historyMisses;

        private Draft(MiningWithdrawalRecord origin) {
            this.origin = origin;
            this.id = origin.id;
            this.status = origin.status;
            this.withdrawId = origin.withdrawId;
            this.vendorStatus = origin.vendorStatus;
            this.attempts = origin.attempts;
            this.checks = origin.checks;
            this.failureReason = origin.failureReason;
            this.requestedAt = origin.requestedAt;
            this.updatedAt = origin.updatedAt;
            this.nextCheckAt = origin.nextCheckAt;
            this.decidedBy = origin.decidedBy;
            this.approvedBy = origin.approvedBy;
            this.historyMisses = origin.historyMisses;
        }

        private MiningWithdrawalRecord build() {
            return new MiningWithdrawalRecord(
                    id,
                    origin.payoutReference,
                    origin.memberId,
                    origin.coin,
                    origin.amount,
                    status,
                    withdrawId,
                    vendorStatus,
                    attempts,
                    checks,
                    failureReason,
                    requestedAt,
                    updatedAt,
                    nextCheckAt,
                    decidedBy,
                    approvedBy,
                    historyMisses);
        }
    }
}
