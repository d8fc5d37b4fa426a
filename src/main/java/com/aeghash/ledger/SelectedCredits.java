package com.aeghash.ledger;

import java.util.List;
import java.util.Objects;

/**
 * Credit-only entries whose member lines a query selects inside the database ({@link BulkPosting#postSelectedCredits}):
 * one entry per reference of {@code references}, each with the member lines of its reference (to the members'
 * {@code bucket}) and, per asset, one line debiting {@code counterAccount} by their sum. {@code lines} selects the
 * columns {@code reference}, {@code member_id}, {@code asset} and {@code amount} (positive, at most 18 decimals), and
 * every member account at most once over the whole call. The query is read twice (checked and summed, then staged),
 * so its rows must not change during the call: the mining run's are rows its own transaction wrote.
 */
public record SelectedCredits(
        List<String> references, String description, Bucket bucket, SystemAccount counterAccount, SqlSelect lines) {

    public SelectedCredits {
        references = List.copyOf(references);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(counterAccount, "counterAccount");
        Objects.requireNonNull(lines, "lines");
    }
}
