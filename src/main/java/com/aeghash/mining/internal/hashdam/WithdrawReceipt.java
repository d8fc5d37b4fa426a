package com.aeghash.mining.internal.hashdam;

import java.math.BigDecimal;

/** {@code assetWithdrawRequest}: the vendor accepted the withdrawal under {@code withdrawId}. */
public record WithdrawReceipt(String withdrawId, String coin, BigDecimal amount) {}
