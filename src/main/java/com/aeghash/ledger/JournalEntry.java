package com.aeghash.ledger;

import java.time.Instant;
import java.util.List;

/**
 * A posted entry. {@code replayed} is true when the reference had been posted before and this is the
 * original entry returned again (nothing was written).
 */
public record JournalEntry(
        long id, String reference, String description, Instant createdAt, List<PostingLine> lines, boolean replayed) {

    public JournalEntry {
        lines = List.copyOf(lines);
    }
}
