package com.aeghash.withdrawal;

import com.aeghash.ledger.HoldEntries;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The references of one withdrawal, shared with every payout adapter. {@code withdrawal:{id}} identifies the
 * payout at the vendor and stays the same across retries and reconciliation. The ledger entries derived from
 * it are posted by the withdrawal module; an adapter (for example the HashDam withdrawal primitive) that posts
 * them too builds them with {@link HoldEntries} from the same reference, so that whichever side posts second
 * replays a no-op ({@code withdrawal:{id}:hold}, {@code :clear}, {@code :release}).
 */
public final class PayoutReferences {

    private static final String PREFIX = "withdrawal:";
    private static final Pattern PAYOUT = Pattern.compile("^withdrawal:([1-9][0-9]{0,18})$");

    private PayoutReferences() {}

    public static String payout(long withdrawalId) {
        return PREFIX + withdrawalId;
    }

    public static String hold(long withdrawalId) {
        return HoldEntries.holdReference(payout(withdrawalId));
    }

    public static String clear(long withdrawalId) {
        return HoldEntries.clearReference(payout(withdrawalId));
    }

    public static String release(long withdrawalId) {
        return HoldEntries.releaseReference(payout(withdrawalId));
    }

    /** The withdrawal id of a payout reference; empty when the text is not one. */
    public static OptionalLong withdrawalIdOf(String payoutReference) {
        if (payoutReference == null) {
            return OptionalLong.empty();
        }
        var matcher = PAYOUT.matcher(payoutReference);
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(matcher.group(1)));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
