package com.aeghash.wallet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A transfer to make. The reference makes it idempotent: the same reference with the same fields returns
 * the transaction recorded first (no second vendor call); with other fields it is a 409
 * {@code reference_conflict}.
 *
 * @param contract token contract, or {@code null} for native BNB
 * @param actor    who asks for it, recorded on the transaction and in the audit trail: the member app's account for a
 *                 member's wallet (operators may not send a member's tokens), the calling module for a provided key
 */
public record TransferCommand(
        String reference, WalletKeySource source, String to, BigDecimal amount, String contract, String actor) {

    public TransferCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
