package com.aeghash.withdrawal.internal;

/** Filters of the withdrawal list; null matches everything. */
record WithdrawalFilter(WithdrawalStatus status, Boolean flagged, String memberId) {}
