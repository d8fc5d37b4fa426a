package com.aeghash.bonus;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a share of the plan was not paid (its amount stays with the company); {@link #code()} is what is stored and
 * shown.
 */
public enum UnpaidReason {
    /** A referral or sponsor level above the buyer's topmost upline: nobody sits there. */
    NO_UPLINE("no_upline"),
    /** The buyer has no center: none assigned and none among its referral uplines. */
    NO_CENTER("no_center"),
    /** The buyer's center ranked below {@code aeghash.bonus.center.min-rank} when the order was paid. */
    CENTER_RANK_TOO_LOW("center_rank_too_low"),
    /** Center referral: the buyer has no center, or its center has no referrer (the root). */
    NO_CENTER_REFERRER("no_center_referrer"),
    /** The center's referrer ranked below {@code aeghash.bonus.center.referral-min-rank} when the order was paid. */
    CENTER_REFERRER_RANK_TOO_LOW("center_referrer_rank_too_low");

    private final String code;

    UnpaidReason(String code) {
        this.code = code;
    }

    /** Also its JSON form (explanations show the stored code, as the docs name it). */
    @JsonValue
    public String code() {
        return code;
    }

    public static UnpaidReason ofCode(String code) {
        for (UnpaidReason reason : values()) {
            if (reason.code.equals(code)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown unpaid reason " + code);
    }
}
