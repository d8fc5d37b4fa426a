package com.aeghash.ledger;

import com.aeghash.common.ApiException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A posting would take a member's available or held balance below zero; nothing was written. */
public class InsufficientBalanceException extends ApiException {

    public InsufficientBalanceException(AccountRef account) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "insufficient_balance",
                null,
                "insufficient " + account.asset() + " balance in "
                        + account.bucket().name().toLowerCase() + " of member " + account.ownerId(),
                Map.of(
                        "memberId",
                        account.ownerId(),
                        "asset",
                        account.asset().name(),
                        "bucket",
                        account.bucket().name()));
    }
}
