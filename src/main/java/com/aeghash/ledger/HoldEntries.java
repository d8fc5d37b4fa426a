package com.aeghash.ledger;

import java.math.BigDecimal;

/**
 * The entries of money leaving a member through a payout, referenced by its payout reference {@code P}:
 * <ul>
 *   <li>{@code P:hold}: member {@code AVAILABLE} → member {@code WITHDRAWAL_HOLD};</li>
 *   <li>{@code P:clear} (paid out): member {@code WITHDRAWAL_HOLD} → system {@code PAYOUT_CLEARING};</li>
 *   <li>{@code P:release} (not paid): member {@code WITHDRAWAL_HOLD} → member {@code AVAILABLE}.</li>
 * </ul>
 * Every module that moves a payout's money builds them here, so the lines are the same wherever they are posted
 * and whichever side posts second replays a no-op (descriptions may differ; they are not compared).
 */
public final class HoldEntries {

    private HoldEntries() {}

    public static String holdReference(String payoutReference) {
        return payoutReference + ":hold";
    }

    public static String clearReference(String payoutReference) {
        return payoutReference + ":clear";
    }

    public static String releaseReference(String payoutReference) {
        return payoutReference + ":release";
    }

    public static EntryRequest hold(
            String payoutReference, String memberId, Asset asset, BigDecimal amount, String description) {
        return EntryRequest.builder(holdReference(payoutReference), description)
                .move(available(memberId, asset), held(memberId, asset), amount)
                .build();
    }

    public static EntryRequest clear(
            String payoutReference, String memberId, Asset asset, BigDecimal amount, String description) {
        return EntryRequest.builder(clearReference(payoutReference), description)
                .move(held(memberId, asset), AccountRef.system(SystemAccount.PAYOUT_CLEARING, asset), amount)
                .build();
    }

    public static EntryRequest release(
            String payoutReference, String memberId, Asset asset, BigDecimal amount, String description) {
        return EntryRequest.builder(releaseReference(payoutReference), description)
                .move(held(memberId, asset), available(memberId, asset), amount)
                .build();
    }

    private static AccountRef available(String memberId, Asset asset) {
        return AccountRef.member(memberId, asset, Bucket.AVAILABLE);
    }

    private static AccountRef held(String memberId, Asset asset) {
        return AccountRef.member(memberId, asset, Bucket.WITHDRAWAL_HOLD);
    }
}
