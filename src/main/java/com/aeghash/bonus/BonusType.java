package com.aeghash.bonus;

/** The bonuses the engine pays from order PV over a tree (docs/modules/bonus.md, "The plan"). */
public enum BonusType {
    /** Referral bonus (추천) over the unilevel tree. */
    REFERRAL,
    /** Sponsor bonus (후원) over the binary tree. */
    SPONSOR
}
