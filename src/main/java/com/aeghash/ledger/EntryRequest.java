package com.aeghash.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal entry to post. {@code reference} is its idempotency key (for example
 * {@code mining-profit:2026-11-25:member-1}): posting the same reference again returns the first entry.
 */
public record EntryRequest(String reference, String description, List<PostingLine> lines) {

    public EntryRequest {
        lines = List.copyOf(lines);
    }

    public static Builder builder(String reference, String description) {
        return new Builder(reference, description);
    }

    /** Builds balanced entries line by line. */
    public static final class Builder {
        private final String reference;
        private final String description;
        private final List<PostingLine> lines = new ArrayList<>();

        private Builder(String reference, String description) {
            this.reference = reference;
            this.description = description;
        }

        /** Adds a signed change to one account. */
        public Builder add(AccountRef account, BigDecimal amount) {
            lines.add(new PostingLine(account, amount));
            return this;
        }

        /** Moves a positive amount from one account to another of the same asset. */
        public Builder move(AccountRef from, AccountRef to, BigDecimal amount) {
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("a move needs a positive amount");
            }
            lines.add(new PostingLine(from, amount.negate()));
            lines.add(new PostingLine(to, amount));
            return this;
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }

        public EntryRequest build() {
            return new EntryRequest(reference, description, lines);
        }
    }
}
