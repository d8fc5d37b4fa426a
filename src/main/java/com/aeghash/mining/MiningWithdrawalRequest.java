package com.aeghash.mining;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A mining withdrawal to make.
 *
 * @param payoutReference the caller's unique id of this payout (e.g. {@code withdrawal:42}); prefix of the
 *                        ledger references {@code :hold}, {@code :clear}, {@code :release}
 * @param coin            one of the mined coins
 * @param amount          positive, at most 8 decimals (members hold coins at 8 decimals)
 */
public record MiningWithdrawalRequest(String payoutReference, String memberId, Asset coin, BigDecimal amount) {

    public MiningWithdrawalRequest {
        Objects.requireNonNull(payoutReference, "payoutReference");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(amount, "amount");
    }
}
