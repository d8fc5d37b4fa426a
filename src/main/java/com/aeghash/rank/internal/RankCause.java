package com.aeghash.rank.internal;

/** Why a rank was recomputed; stored in {@code member_rank_history.cause}. */
enum RankCause {
    REFERRAL_REGISTERED,
    ORDER_PAID,
    ORDER_REFUNDED,
    REFERRAL_RANK_CHANGED,
    RECOMPUTATION
}
