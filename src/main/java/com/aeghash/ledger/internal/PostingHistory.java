package com.aeghash.ledger.internal;

import com.aeghash.ledger.internal.LedgerRepository.AccountState;
import com.aeghash.ledger.internal.LedgerRepository.Posting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * Places new postings in their accounts' histories, in the order given, once the member accounts are locked: each
 * member posting gets the account's next sequence number and the balance after it, and a time no earlier than the
 * account's last change (so an account's postings are in time order even when the clocks of two instances differ).
 * System postings get the current time only. The account states are replaced by their states after the postings.
 * Because sequence and balance are taken under the row lock held until commit, a member account's history is the
 * order its balance changed in.
 */
final class PostingHistory {

    private PostingHistory() {}

    static List<Posting> place(List<Posting> postings, SortedMap<Long, AccountState> accounts, Instant now) {
        List<Posting> placed = new ArrayList<>(postings.size());
        for (Posting posting : postings) {
            AccountState state = accounts.get(posting.accountId());
            if (state == null) {
                placed.add(posting.placed(now, null, null));
                continue;
            }
            Instant at = now.isBefore(state.updatedAt()) ? state.updatedAt() : now;
            AccountState next = new AccountState(state.balance().add(posting.amount()), state.postingCount() + 1, at);
            accounts.put(posting.accountId(), next);
            placed.add(posting.placed(at, next.postingCount(), next.balance()));
        }
        return placed;
    }
}
