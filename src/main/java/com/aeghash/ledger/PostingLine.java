package com.aeghash.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of a journal entry: the account and the signed change of its balance. */
public record PostingLine(AccountRef account, BigDecimal amount) {

    public PostingLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }
}
