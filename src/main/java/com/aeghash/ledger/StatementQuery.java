package com.aeghash.ledger;

import java.time.Instant;

/**
 * Which postings of a member a statement shows: of one asset and bucket (null: all), posted at or after {@code from}
 * and before {@code to} (null: unbounded), older than the {@code cursor} of a previous page (null: from the newest),
 * at most {@code limit} (null: the default).
 */
public record StatementQuery(
        String memberId, Asset asset, Bucket bucket, Instant from, Instant to, String cursor, Integer limit) {

    public StatementQuery withCursor(String next, int pageLimit) {
        return new StatementQuery(memberId, asset, bucket, from, to, next, pageLimit);
    }
}
