package com.aeghash.wallet;

import java.math.BigDecimal;

/**
 * A transfer to make. The reference makes it idempotent: the same reference with the same fields returns
 * the transaction recorded first (no second vendor call); with other fields it is a 409
 * {@code reference_conflict}.
 *
 * @param contract token contract, or {@code null} for native BNB
 */
public record TransferCommand(
        String reference, WalletKeySource source, String to, BigDecimal amount, String contract) {}
