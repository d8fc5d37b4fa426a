package com.aeghash.mining.internal.etl;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of members of a daily run, fixed when the run is prepared: member ids after {@code afterMember} (exclusive,
 * "" = from the first) up to {@code lastMember} (inclusive, null = to the last). A run's ranges are consecutive and
 * disjoint and cover every member id.
 */
public record EtlChunkRange(int chunkNo, String afterMember, String lastMember) {

    public EtlChunkRange {
        if (afterMember == null) {
            throw new IllegalArgumentException("afterMember is \"\" for the first range, never null");
        }
    }

    /**
     * Consecutive ranges ending at each of {@code lastMembers} (ascending), the last one open-ended, numbered from
     * {@code firstChunkNo}; one open range after {@code after} when there are none.
     */
    static List<EtlChunkRange> split(String after, List<String> lastMembers, int firstChunkNo) {
        List<EtlChunkRange> ranges = new ArrayList<>();
        String from = after == null ? "" : after;
        for (int index = 0; index < lastMembers.size(); index++) {
            boolean last = index == lastMembers.size() - 1;
            ranges.add(new EtlChunkRange(firstChunkNo + index, from, last ? null : lastMembers.get(index)));
            from = lastMembers.get(index);
        }
        if (ranges.isEmpty()) {
            ranges.add(new EtlChunkRange(firstChunkNo, from, null));
        }
        return ranges;
    }
}
