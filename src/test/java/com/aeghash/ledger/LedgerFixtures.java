package com.aeghash.ledger;

import com.aeghash.ledger.internal.InMemoryLedgerRepository;
import java.math.BigDecimal;
import java.time.Clock;

/** The ledger for tests: an in-memory {@link Ledger} and small builders of accounts and entries. */
public final class LedgerFixtures {

    private LedgerFixtures() {}

    /** A {@link Ledger} on a fresh in-memory repository, for tests without Spring or a database. */
    public static Ledger inMemoryLedger(Clock clock) {
        return InMemoryLedgerRepository.newLedger(clock);
    }

    /** {@link BulkPosting} on an in-memory ledger of {@link #inMemoryLedger} (through its {@code postAll}). */
    public static BulkPosting bulkPosting(Ledger ledger) {
        return InMemoryLedgerRepository.bulkPostingOn(ledger);
    }

    public static AccountRef available(String member, Asset asset) {
        return AccountRef.member(member, asset, Bucket.AVAILABLE);
    }

    public static AccountRef hold(String member, Asset asset) {
        return AccountRef.member(member, asset, Bucket.WITHDRAWAL_HOLD);
    }

    /** Credits the member's available balance from the manual adjustment account. */
    public static EntryRequest credit(String reference, String member, Asset asset, String amount) {
        return EntryRequest.builder(reference, "test credit")
                .move(
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, asset),
                        available(member, asset),
                        new BigDecimal(amount))
                .build();
    }

    /** Moves an amount from one member's available balance to another's. */
    public static EntryRequest transfer(String reference, String from, String to, Asset asset, String amount) {
        return EntryRequest.builder(reference, "test transfer")
                .move(available(from, asset), available(to, asset), new BigDecimal(amount))
                .build();
    }
}
