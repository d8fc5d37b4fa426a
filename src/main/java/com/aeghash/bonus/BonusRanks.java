package com.aeghash.bonus;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The ranks the bonus engine pays by, read at an instant: the center bonuses by the rank when the order was paid, the
 * global share by the rank at the closing's cut-off. A port: the rank module implements it (it depends on bonus
 * through partner, so bonus cannot depend on it). Set-based: one statement per call, whatever the number of members.
 * A member without a rank (not registered then, or never ranked) is {@link Level#FREE}.
 */
public interface BonusRanks {

    /** The ranks in ascending order, named as the rank module names them. */
    enum Level {
        FREE,
        D0,
        D1,
        D2,
        D3,
        D4,
        D5;

        public boolean atLeast(Level other) {
            return compareTo(other) >= 0;
        }
    }

    /** Each member's rank at the instant; every id given is a key. */
    Map<String, Level> levelsAt(Collection<String> memberIds, Instant at);

    /** Every member whose rank at the instant was {@code minimum} or higher, ordered by member id. */
    List<String> membersAtLeast(Level minimum, Instant at);

    /** How many members {@link #membersAtLeast} would list, counted in the database (the closing preview). */
    long countAtLeast(Level minimum, Instant at);
}
