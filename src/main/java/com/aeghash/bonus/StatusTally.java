package com.aeghash.bonus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many entries end (or would end) in one status and their amount: one line of a closing's preview or report.
 * Lists of tallies hold only the statuses that occur, in the order of {@link BonusEntryStatus}, so a status added
 * to the lifecycle appears in them without a change here.
 */
public record StatusTally(BonusEntryStatus status, long entries, BigDecimal amount) {

    /** The tallies of several lists added up per status, in the order of {@link BonusEntryStatus}. */
    public static List<StatusTally> sum(Collection<List<StatusTally>> lists) {
        Map<BonusEntryStatus, StatusTally> sums = new EnumMap<>(BonusEntryStatus.class);
        for (List<StatusTally> list : lists) {
            for (StatusTally tally : list) {
                sums.merge(tally.status(), tally, StatusTally::plus);
            }
        }
        return new ArrayList<>(sums.values());
    }

    /** This tally and another of the same status. */
    public StatusTally plus(StatusTally other) {
        if (other.status != status) {
            throw new IllegalArgumentException("cannot add a " + other.status + " tally to a " + status + " one");
        }
        return new StatusTally(status, entries + other.entries, amount.add(other.amount));
    }

    /** The tally of the status in the list, or an empty one. */
    public static StatusTally of(List<StatusTally> tallies, BonusEntryStatus status) {
        return tallies.stream()
                .filter(tally -> tally.status() == status)
                .findFirst()
                .orElse(new StatusTally(status, 0, BigDecimal.ZERO));
    }
}
