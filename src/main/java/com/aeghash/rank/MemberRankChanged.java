package com.aeghash.rank;

import java.time.Instant;

/**
 * A member's rank changed as one of its inputs changed (a direct referral registered or changed rank, an order paid
 * or refunded); published in the transaction that wrote the change's history row. The full recomputation publishes
 * none: it corrects ranks set-based and its changes are read from the history ({@code recomputation:<id>}).
 *
 * @param historyId the change's {@code member_rank_history} row, unique
 */
public record MemberRankChanged(
        long historyId, String memberId, Rank from, Rank to, String cause, String causeReference, Instant changedAt) {}
