package com.aeghash.organization.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A change of a member's own sales volume not yet folded into the leg totals, with the member's place in the
 * binary tree (its path names the ancestors, its position tells which leg of each ancestor it is in).
 */
record SalesVolumeEvent(long id, String memberId, BigDecimal pvDelta, int depth, BigInteger position, String path) {}
