package com.aeghash.bonus;

/** The bonuses the engine pays (docs/modules/bonus.md, "The plan"). */
public enum BonusType {
    /** Referral bonus (추천) over the unilevel tree. */
    REFERRAL,
    /** Sponsor bonus (후원) over the binary tree. */
    SPONSOR,
    /** Center bonus (센터): the buyer's center, paid with the order, level 1. */
    CENTER,
    /** Center referral bonus (센터추천): the member who referred the buyer's center, paid with the order, level 1. */
    CENTER_REFERRAL,
    /** Global share (글로벌 공유): an equal share of a closing's pool, created and confirmed by the closing. */
    GLOBAL_SHARE;

    /** The bonuses paid over a tree by configured rules ({@link BonusRule}). */
    public boolean overTree() {
        return this == REFERRAL || this == SPONSOR;
    }
}
