package com.aeghash.bonus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One chunk of a closing was committed: per member, the sum of pending bonuses it confirmed (moved to AVAILABLE)
 * and the sum it clawed back (cancelled: the order was refunded). Published once per chunk, in the chunk's
 * transaction; a member appears once per chunk.
 *
 * @param chunk the chunk's number in its closing (1, 2, ...)
 */
public record BonusesClosed(long closingId, int chunk, Instant closedAt, List<MemberBonuses> members) {

    public BonusesClosed {
        members = List.copyOf(members);
    }

    /** One member's sums in a chunk; either may be zero, never both. */
    public record MemberBonuses(String memberId, BigDecimal confirmed, BigDecimal clawedBack) {}
}
