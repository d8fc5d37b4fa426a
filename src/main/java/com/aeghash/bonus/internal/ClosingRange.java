package com.aeghash.bonus.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of beneficiaries of a closing, fixed before its first chunk: member ids after {@code afterMember}
 * (exclusive, "" = from the first) up to {@code lastMember} (inclusive, null = to the last). A closing's ranges are
 * consecutive and disjoint and cover every member id, so two workers never touch the same member's entries or balances.
 */
record ClosingRange(int chunkNo, String afterMember, String lastMember) {

    ClosingRange {
        if (afterMember == null) {
            throw new IllegalArgumentException("afterMember is \"\" for the first range, never null");
        }
    }

    /** Whether the member falls in this range. */
    boolean holds(String memberId) {
        return memberId.compareTo(afterMember) > 0 && (lastMember == null || memberId.compareTo(lastMember) <= 0);
    }

    /**
     * Consecutive ranges ending at each of {@code lastMembers} (ascending) and one open-ended range after them, numbered
     * from {@code firstChunkNo}.
     */
    static List<ClosingRange> split(List<String> lastMembers, int firstChunkNo) {
        List<ClosingRange> ranges = new ArrayList<>();
        String from = "";
        for (String last : lastMembers) {
            ranges.add(new ClosingRange(firstChunkNo + ranges.size(), from, last));
            from = last;
        }
        ranges.add(new ClosingRange(firstChunkNo + ranges.size(), from, null));
        return ranges;
    }
}
