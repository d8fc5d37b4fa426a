package com.aeghash.risk;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One withdrawal to assess, with the facts only the caller knows.
 *
 * @param subject                 what is assessed, recorded with each finding (e.g. {@code withdrawal:42})
 * @param ipAddress               the member's IP address as the member app saw it; null when unknown
 * @param deviceId                the member app's device id; null when unknown (treated as a new device)
 * @param geo                     free-form location from the member app; recorded, not evaluated
 * @param destination             an external payout address; null = the member's own platform account
 * @param destinationRegisteredAt when the member whitelisted {@code destination}; null = not whitelisted
 */
public record WithdrawalRiskCheck(
        String subject,
        String memberId,
        Asset asset,
        BigDecimal amount,
        String ipAddress,
        String deviceId,
        String geo,
        String destination,
        Instant destinationRegisteredAt) {

    public WithdrawalRiskCheck {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
    }
}
