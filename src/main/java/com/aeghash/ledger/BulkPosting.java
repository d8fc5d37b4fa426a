package com.aeghash.ledger;

import java.util.List;

/**
 * Posting for batch jobs that touch many member accounts at once (a daily run crediting every member, a closing paying
 * many members): the same entries and guarantees as {@link Ledger#postAll}, written set-based inside the database.
 * Each line is sent once; the accounts are resolved by key, first-time accounts created, the member balance rows
 * locked in ascending id order, checked, updated and the postings written by statements that read the staged lines,
 * so no balance row and no posting travels back through the client.
 *
 * <p>The contract that makes this possible: within one call every member account appears in at most one line (its
 * new balance, place in its history and balance after are then one addition). System accounts may appear in any
 * number of lines.
 */
public interface BulkPosting {

    /**
     * Posts the entries in the caller's transaction (one is required), or returns those already posted under their
     * reference (replays), in the order given.
     *
     * @throws IllegalArgumentException when an entry is invalid (as for {@link Ledger#post}), a reference appears
     *     twice, or a member account appears in more than one line of the call (nothing is written)
     * @throws InsufficientBalanceException when a member bucket would go below zero (the transaction rolls back)
     * @throws ReferenceConflictException when a reference exists with different lines
     */
    List<JournalEntry> postAll(List<EntryRequest> requests);
}
