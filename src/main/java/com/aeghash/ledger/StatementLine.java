package com.aeghash.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One posting of a member's statement: the entry it belongs to, what it was for, the account (asset and bucket) it
 * changed by {@code amount}, that account's balance after it, and when.
 */
public record StatementLine(
        long entryId,
        String reference,
        PostingKind kind,
        String description,
        Asset asset,
        Bucket bucket,
        BigDecimal amount,
        BigDecimal balanceAfter,
        Instant postedAt) {}
