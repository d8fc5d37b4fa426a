package com.aeghash.ledger;

import com.aeghash.common.ApiException;
import java.time.Instant;

/** A member's history as the ledger recorded it: statements and balances at a point in time. */
public interface Statements {

    /** Page size when a query names none, and the largest a query may ask for. */
    int DEFAULT_LIMIT = 50;

    int LIMIT_MAX = 500;

    /**
     * One page of the member's postings, newest first, each with its account's balance after it.
     *
     * @throws ApiException 400 naming the parameter: a limit outside 1-{@link #LIMIT_MAX}, a
     *     cursor this service did not give out, {@code from} not before {@code to}
     */
    StatementPage statement(StatementQuery query);

    /**
     * How many postings the query's filters match, counting at most {@code max + 1} (cursor and limit ignored):
     * enough to tell whether an export would exceed {@code max}.
     */
    long countUpTo(StatementQuery query, long max);

    /**
     * The member's balances as they were at {@code at} (zero before the first posting).
     *
     * @throws ApiException 400 naming {@code at} when it is in the future
     */
    MemberBalances balancesAt(String memberId, Instant at);
}
