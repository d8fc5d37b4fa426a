package com.aeghash.sandbox.internal.mblock;

import java.math.BigDecimal;

/**
 * A transit accepted by the simulator, waiting to run.
 *
 * @param amount {@code null}: the whole token balance at the time it runs
 */
record TransitOrder(
        String token,
        String userAddress,
        String to,
        String contract,
        BigDecimal amount,
        String feeWalletAddress,
        BigDecimal fee,
        String callback,
        long delayMillis) {

    @Override
    public String toString() {
        return "TransitOrder[token=" + token + ", from=" + userAddress + ", to=" + to + "]";
    }
}
