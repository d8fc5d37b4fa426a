package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads of members' posting histories (written by {@link LedgerRepository#insertPostings}), each through the index on
 * (account, time, sequence): statements page by page and balances at a point in time.
 */
interface StatementRepository {

    /** The member's accounts of the asset and bucket (null: any), by id. */
    Map<Long, AccountRef> memberAccounts(String memberId, Asset asset, Bucket bucket);

    /**
     * Up to {@code limit} postings of the accounts, posted in [{@code from}, {@code to}) and after the cursor (null:
     * from the newest), newest first: by time, then account id, then sequence, all descending.
     */
    List<Row> postings(Map<Long, AccountRef> accounts, Instant from, Instant to, StatementCursor after, int limit);

    /** How many postings of the accounts were posted in [{@code from}, {@code to}), counting at most {@code max}. */
    long countUpTo(Iterable<Long> accountIds, Instant from, Instant to, long max);

    /** The balance after the last posting at or before {@code at} of each of the member's accounts that had one. */
    Map<AccountRef, BigDecimal> balancesAt(String memberId, Instant at);

    /** A posting as a statement shows it. */
    record Row(
            long entryId,
            String reference,
            String description,
            AccountRef account,
            long accountId,
            long accountSeq,
            BigDecimal amount,
            BigDecimal balanceAfter,
            Instant postedAt) {

        StatementCursor cursor() {
            return new StatementCursor(postedAt, accountId, accountSeq);
        }
    }
}
