package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.Objects;

/** What the member app asked for; validated by {@link WithdrawalRequestValidator} before anything is written. */
record WithdrawalRequest(
        String memberId,
        Asset asset,
        BigDecimal amount,
        String destination,
        String ipAddress,
        String deviceId,
        String geo) {

    WithdrawalRequest {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
    }
}
