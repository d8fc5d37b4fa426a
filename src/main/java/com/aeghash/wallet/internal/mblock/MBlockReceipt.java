package com.aeghash.wallet.internal.mblock;

import java.math.BigDecimal;

/** A finished transfer as {@code receiptByHash} reports it. */
public record MBlockReceipt(String txid, String from, String to, BigDecimal amount, String message) {}
