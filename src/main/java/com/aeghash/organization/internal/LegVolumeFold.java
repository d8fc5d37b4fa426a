package com.aeghash.organization.internal;

import com.aeghash.organization.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Pure arithmetic of leg totals: what a set of sales volume events adds to each ancestor's two legs. */
final class LegVolumeFold {

    private LegVolumeFold() {}

    /**
     * One delta per ancestor reached by any event, in member id order (the order rows are locked in): each
     * event's PV goes to the leg of every ancestor the member lies under. Nodes whose deltas cancel out are left
     * out. The root's own volume reaches nobody.
     */
    static List<LegVolumeDelta> deltas(List<SalesVolumeEvent> events) {
        Map<String, BigDecimal[]> legsByMember = new TreeMap<>();
        for (SalesVolumeEvent event : events) {
            List<String> ancestors = TreePaths.ancestorsFromRoot(event.path());
            if (ancestors.size() != event.depth()) {
                throw new IllegalStateException("path of " + event.memberId() + " does not match its depth");
            }
            for (int ancestorDepth = 0; ancestorDepth < ancestors.size(); ancestorDepth++) {
                Side side = BinaryPositions.sideBelowAncestor(event.depth(), event.position(), ancestorDepth);
                BigDecimal[] legs = legsByMember.computeIfAbsent(
                        ancestors.get(ancestorDepth), member -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                int leg = side == Side.LEFT ? 0 : 1;
                legs[leg] = legs[leg].add(event.pvDelta());
            }
        }
        return legsByMember.entrySet().stream()
                .filter(entry -> entry.getValue()[0].signum() != 0 || entry.getValue()[1].signum() != 0)
                .map(entry -> new LegVolumeDelta(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .toList();
    }
}
