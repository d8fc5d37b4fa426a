package com.aeghash.withdrawal.internal;

/** Filters of the withdrawal list; null matches everything. Newest first unless {@code oldestFirst}. */
record WithdrawalFilter(WithdrawalStatus status, Boolean flagged, String memberId, boolean oldestFirst) {

    WithdrawalFilter(WithdrawalStatus status, Boolean flagged, String memberId) {
        this(status, flagged, memberId, false);
    }
}
