package com.aeghash.mining.internal.hashdam;

import java.time.LocalDate;

/**
 * Paging fields of the history methods: {@code page} from 1, {@code limit} 1-1000, optional UTC date range
 * on the creation date, {@code newestFirst} (the vendor's {@code sort}, true by default).
 */
public record HistoryQuery(int page, int limit, LocalDate startDate, LocalDate endDate, boolean newestFirst) {

    public static final int LIMIT_MAX = 1000;

    public HistoryQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new IllegalArgumentException("limit must be 1-" + LIMIT_MAX);
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate is before startDate");
        }
    }

    /** The vendor's defaults: page 1, 10 per page, newest first, no date range. */
    public static HistoryQuery defaults() {
        return new HistoryQuery(1, 10, null, null, true);
    }

    public static HistoryQuery between(LocalDate startDate, LocalDate endDate, int limit) {
        return new HistoryQuery(1, limit, startDate, endDate, true);
    }

    public HistoryQuery nextPage() {
        return new HistoryQuery(page + 1, limit, startDate, endDate, newestFirst);
    }
}
