package com.aeghash.sandbox.internal.mblock;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One simulated on-chain transfer.
 *
 * @param token {@code null} for native BNB, else the token contract (lower case)
 * @param kind  {@code faucet}, {@code transfer}, {@code transit-fee} or {@code transit-token}
 */
public record SimulatedReceipt(
        String txid, String from, String to, String token, BigDecimal amount, String kind, Instant at) {}
