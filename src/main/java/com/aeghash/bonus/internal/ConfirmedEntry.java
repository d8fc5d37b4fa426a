package com.aeghash.bonus.internal;

import java.math.BigDecimal;

/** A confirmed entry of a refunded order, as a clawback takes it; {@code closingId} confirmed it. */
record ConfirmedEntry(long id, String beneficiaryMemberId, BigDecimal amount, Long closingId) {}
