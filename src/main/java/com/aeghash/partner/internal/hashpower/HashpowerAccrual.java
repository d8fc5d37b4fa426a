package com.aeghash.partner.internal.hashpower;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code partner_hashpower_accruals}: hash power a partner credited to a member under its reference. */
public record HashpowerAccrual(
        String partnerId,
        String reference,
        String memberId,
        BigDecimal amount,
        String app,
        Source source,
        String ledgerReference,
        Instant creditedAt) {

    /** Which API the credit came through. */
    public enum Source {
        API,
        LEGACY
    }

    /** True when a repeated credit asks for exactly what was credited before. */
    boolean sameCreditAs(HashpowerAccrual other) {
        return memberId.equals(other.memberId) && amount.compareTo(other.amount) == 0 && Objects.equals(app, other.app);
    }
}
