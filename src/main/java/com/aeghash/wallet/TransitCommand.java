package com.aeghash.wallet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A transit of a token from a member's wallet (MBlock sends gas from the fee wallet first when needed).
 *
 * @param amount {@code null} to move the wallet's whole balance of the token
 * @param actor  who asks for it (the member app's account), recorded on the transaction and in the audit trail
 */
public record TransitCommand(
        String reference, String memberId, String to, BigDecimal amount, String contract, String actor) {

    public TransitCommand {
        Objects.requireNonNull(actor, "actor");
    }
}
