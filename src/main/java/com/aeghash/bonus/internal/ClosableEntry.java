package com.aeghash.bonus.internal;

import java.math.BigDecimal;

/** A pending entry a closing takes: confirmed, or cancelled when its order was refunded. */
record ClosableEntry(long id, String beneficiaryMemberId, BigDecimal amount, boolean orderRefunded) {}
