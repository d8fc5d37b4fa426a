package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;

/** {@code hashPowerSwap}: credit spent and the credit and power balances after the swap. */
public record HashPowerSwap(String swapId, BigDecimal amount, BigDecimal credit, BigDecimal power) {}
