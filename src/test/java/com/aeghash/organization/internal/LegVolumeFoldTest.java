package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree of these tests, breadth-first positions in brackets:
 * <pre>
 *            r[0]
 *        a[0]    b[1]
 *          c[1] d[2]
 * </pre>
 */
class LegVolumeFoldTest {

    @Test
    void eachEventReachesTheLegOfEveryAncestorItLiesUnder() {
        List<LegVolumeDelta> deltas =
                LegVolumeFold.deltas(List.of(event(1, "c", "100", 2, 1, "r/a/c"), event(2, "d", "7.5", 2, 2, "r/b/d")));

        assertThat(shown(deltas)).containsExactly("a L0 R100", "b L7.5 R0", "r L100 R7.5");
    }

    @Test
    void refundsCancelTheirOrdersAndNodesWhoseChangesCancelOutAreLeftOut() {
        List<LegVolumeDelta> deltas = LegVolumeFold.deltas(List.of(
                event(1, "c", "100", 2, 1, "r/a/c"),
                event(2, "a", "20", 1, 0, "r/a"),
                event(3, "c", "-100", 2, 1, "r/a/c")));

        assertThat(shown(deltas)).containsExactly("r L20 R0");
    }

    @Test
    void theRootsOwnVolumeReachesNobody() {
        assertThat(LegVolumeFold.deltas(List.of(event(1, "r", "50", 0, 0, "r"))))
                .isEmpty();
    }

    @Test
    void aPathThatDoesNotMatchItsDepthIsABrokenInvariant() {
        assertThatThrownBy(() -> LegVolumeFold.deltas(List.of(event(1, "c", "1", 3, 1, "r/a/c"))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static SalesVolumeEvent event(long id, String member, String pv, int depth, long position, String path) {
        return new SalesVolumeEvent(id, member, new BigDecimal(pv), depth, BigInteger.valueOf(position), path);
    }

    private static List<String> shown(List<LegVolumeDelta> deltas) {
        return deltas.stream()
                .map(delta -> delta.memberId() + " L" + plain(delta.leftPv()) + " R" + plain(delta.rightPv()))
                .toList();
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
