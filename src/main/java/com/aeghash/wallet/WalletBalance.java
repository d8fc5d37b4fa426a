package com.aeghash.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An on-chain balance read from MBlock. It is not a ledger balance: the ledger holds members' POINT and
 * coin entitlements, the custodial wallet holds tokens on BNB Smart Chain.
 *
 * @param contract the token contract, or {@code null} for native BNB
 */
public record WalletBalance(String memberId, String address, String contract, BigDecimal amount, Instant readAt) {}
