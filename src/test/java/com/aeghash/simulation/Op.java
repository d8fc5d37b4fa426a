package com.aeghash.simulation;

/**
 * One simulated operation. Its arguments are picks, not ids: {@code target} chooses among what exists when the
 * operation runs (the n-th member, order or withdrawal, modulo how many there are), so any sub-list of a recorded
 * run is again a valid run, which is what shrinking needs. An operation whose target does not exist yet does
 * nothing.
 *
 * @param kind   what to do
 * @param target a pick among members, orders or withdrawals (non-negative)
 * @param choice a second pick: the sponsor, the operator, the fault, ...
 * @param amount a size: PV in cents, minutes, a percentage
 */
record Op(Kind kind, int target, int choice, long amount) {

    enum Kind {
        REGISTER,
        ORDER,
        BIG_ORDER,
        CENTER,
        ORDER_REPLAY,
        ORDER_CONFLICT,
        REFUND,
        CLOSE,
        ADVANCE,
        FUND,
        WALLET,
        WITHDRAW,
        APPROVE,
        REJECT,
        CANCEL,
        FAULT,
        RECONCILE,
        TRANSFER,
        TRANSIT,
        CALLBACK,
        HASH_POWER,
        MINING_RUN,
        COIN_WITHDRAW,
        HASHDAM_FAULT,
        COIN_RECONCILE,
        WALLET_DECISION,
        RESTART,
        SWITCH_INSTANCE
    }

    /** As Java source, so a shrunk list can be pasted into a regression test. */
    @Override
    public String toString() {
        return "new Op(Op.Kind." + kind + ", " + target + ", " + choice + ", " + amount + "L)";
    }
}
