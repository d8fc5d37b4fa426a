package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One confirmed entry taken back because its order was refunded: {@code amount} = {@code fromAvailable} (debited from
 * the member's available POINT) + {@code toDebt} (added to the member's bonus debt).
 *
 * @param confirmedClosingId the closing that had confirmed the entry
 */
public record BonusClawback(
        long entryId,
        String orderReference,
        String memberId,
        Long confirmedClosingId,
        BigDecimal amount,
        BigDecimal fromAvailable,
        BigDecimal toDebt,
        Instant clawedBackAt) {}
