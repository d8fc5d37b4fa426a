package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A chunk of a closing confirmed these members' pending bonuses (moved to AVAILABLE) or clawed them back (cancelled:
 * the order was refunded), per member the sum of each. Published in the chunk's transaction, one event per
 * {@link #MEMBERS_MAX} members (the event publication registry stores each event whole, in a bounded column); a
 * member appears once per chunk.
 *
 * @param chunk the chunk's number in its closing (1, 2, ...)
 */
public record BonusesClosed(long closingId, int chunk, Instant closedAt, List<MemberBonuses> members) {

    public static final int MEMBERS_MAX = 100;

    public BonusesClosed {
        members = List.copyOf(members);
        if (members.isEmpty() || members.size() > MEMBERS_MAX) {
            throw new IllegalArgumentException("1 to " + MEMBERS_MAX + " members per event, got " + members.size());
        }
    }

    /** One member's sums in a chunk; either may be zero, never both. */
    public record MemberBonuses(String memberId, BigDecimal confirmed, BigDecimal clawedBack) {}
}
