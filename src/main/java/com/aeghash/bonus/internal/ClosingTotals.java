package com.aeghash.bonus.internal;

import java.math.BigDecimal;

/**
 * What a closing has done so far: the entries of its committed chunks (processed = confirmed + cancelled), the
 * amounts they moved and how many chunks that took.
 */
record ClosingTotals(
        long processedEntries,
        long confirmedEntries,
        long cancelledEntries,
        BigDecimal confirmedAmount,
        BigDecimal cancelledAmount,
        int chunks) {

    /** A closing before its first chunk. */
    static final ClosingTotals NONE = new ClosingTotals(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    /** These totals and one more committed chunk. */
    ClosingTotals plus(ClosingChunk chunk) {
        return new ClosingTotals(
                processedEntries + chunk.size(),
                confirmedEntries + chunk.confirmedIds().size(),
                cancelledEntries + chunk.cancelledIds().size(),
                confirmedAmount.add(chunk.confirmedAmount()),
                cancelledAmount.add(chunk.cancelledAmount()),
                chunks + 1);
    }
}
