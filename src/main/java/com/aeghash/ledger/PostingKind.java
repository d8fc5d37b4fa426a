package com.aeghash.ledger;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a posting was for, read from its entry's reference ({@code <purpose>:<ids...>}, see docs/modules/ledger.md).
 * The withdrawal suffixes of {@link HoldEntries} come first: they are added to a payout reference, which for a
 * mining withdrawal is chosen by the operator and may start like any other purpose.
 */
public enum PostingKind {
    /** Paid orders' bonuses credited to the uplines' pending buckets: per order, or aggregated over many orders. */
    BONUS("bonus:", "bonus-credits:"),
    /** A bonus closing: confirmed bonuses move from pending to available, cancelled ones are clawed back. */
    BONUS_CLOSING("bonus-closing:"),
    /** A closing's global share paid to its qualifiers, part of it repaying their bonus debts first. */
    BONUS_GLOBAL_SHARE("bonus-global-share:"),
    /** Confirmed bonuses of a refunded order taken back from available, the rest recorded as bonus debt. */
    BONUS_CLAWBACK("clawback:"),
    /** Coins mined through HashDam (the daily mining run). */
    MINING_INCOME("mining-profit:"),
    /** Hash power adjusted by an operator (or, before adjustments, set). */
    HASH_POWER("hash-power:"),
    /** Hash power bought through a partner (AEGMALL). */
    PARTNER_HASH_POWER("partner-hashpower:"),
    /** An operator's manual adjustment. */
    ADJUSTMENT("manual-adjustment:"),
    /** Money moved to the withdrawal hold for a payout. */
    WITHDRAWAL_HOLD(),
    /** A payout that left the platform: the hold is settled. */
    WITHDRAWAL_SETTLEMENT(),
    /** A payout that did not happen: the hold is released back to available. */
    WITHDRAWAL_RELEASE(),
    /** Any other reference. */
    OTHER();

    private final String[] prefixes;

    PostingKind(String... prefixes) {
        this.prefixes = prefixes;
    }

    public static PostingKind of(String reference) {
        if (reference.endsWith(HoldEntries.holdReference(""))) {
            return WITHDRAWAL_HOLD;
        }
        if (reference.endsWith(HoldEntries.clearReference(""))) {
            return WITHDRAWAL_SETTLEMENT;
        }
        if (reference.endsWith(HoldEntries.releaseReference(""))) {
            return WITHDRAWAL_RELEASE;
        }
        for (PostingKind kind : values()) {
            for (String prefix : kind.prefixes) {
                if (reference.startsWith(prefix)) {
                    return kind;
                }
            }
        }
        return OTHER;
    }

    /** The kind as written in JSON and CSV: {@code mining_income}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
