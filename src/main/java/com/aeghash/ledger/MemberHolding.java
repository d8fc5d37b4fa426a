package com.aeghash.ledger;

import java.math.BigDecimal;

/** A member's positive balance in one bucket of one asset. */
public record MemberHolding(String memberId, BigDecimal amount) {}
