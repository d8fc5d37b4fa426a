package com.aeghash.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Result of the ledger's self-check: every asset's postings sum to zero, every entry is balanced,
 * every cached member balance equals the sum of its postings, no member balance is negative.
 */
public record InvariantReport(Instant checkedAt, List<String> violations, long accountsChecked) {

    public InvariantReport {
        violations = List.copyOf(violations);
    }

    public boolean healthy() {
        return violations.isEmpty();
    }
}
