package com.aeghash.rank;

import java.time.Instant;

/**
 * One change of a member's rank.
 *
 * @param cause          {@code REFERRAL_REGISTERED}, {@code ORDER_PAID}, {@code ORDER_REFUNDED},
 *                       {@code REFERRAL_RANK_CHANGED} or {@code RECOMPUTATION}
 * @param causeReference the order reference, the direct referral whose registration or rank changed, or
 *                       {@code recomputation:<id>}
 */
public record RankChange(
        long id, String memberId, Rank from, Rank to, String cause, String causeReference, Instant changedAt) {}
