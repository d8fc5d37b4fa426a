package com.aeghash.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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

    /**
     * Posts the entries of {@code credits} in the caller's transaction (one is required), their lines selected and
     * written inside the database: no line travels through the client. A reference already posted is a replay (its
     * stored lines are checked against the selected ones, and nothing is written for it).
     *
     * @return the references posted by this call (the others were replays)
     * @throws IllegalArgumentException when a line is not a positive credit, has a reference not listed, or a member
     *     account appears in more than one line, or a listed reference has no line (nothing is written)
     * @throws ReferenceConflictException when a reference exists with different lines
     */
    Set<String> postSelectedCredits(SelectedCredits credits);

    /**
     * The query behind {@link Ledger#membersHoldingDuring}, for a statement of the caller to read inside the database:
     * the members after {@code afterMemberId} up to {@code upToMemberId} (inclusive; null = no bound) who held something
     * in the bucket during {@code [from, to)}, with columns {@code owner_id}, {@code at_start} (the balance at
     * {@code from}) and {@code integral} (the balance integrated over the window, in unit-seconds, as
     * {@link HoldingOverTime#amountSeconds()}).
     */
    SqlSelect membersHoldingDuringSelect(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId);
}
