package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.organization.Side;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryPositionsTest {

    @Test
    void childPositionsAppendTheSideAsABit() {
        assertThat(BinaryPositions.childPosition(BigInteger.ZERO, Side.LEFT)).isEqualTo(0);
        assertThat(BinaryPositions.childPosition(BigInteger.ZERO, Side.RIGHT)).isEqualTo(1);
        assertThat(BinaryPositions.childPosition(BigInteger.valueOf(5), Side.LEFT))
                .isEqualTo(10);
        assertThat(BinaryPositions.childPosition(BigInteger.valueOf(5), Side.RIGHT))
                .isEqualTo(11);
    }

    @Test
    void subtreeRangesCoverExactlyTheDescendantsOfEachLevel() {
        // node at depth 2, position 1 = root.L.R; its children are 2,3 at depth 3 and 4..7 at depth 4.
        List<LevelRange> ranges = BinaryPositions.subtreeRanges(2, BigInteger.ONE, 3);

        assertThat(ranges)
                .containsExactly(
                        new LevelRange(3, BigInteger.valueOf(2), BigInteger.valueOf(4)),
                        new LevelRange(4, BigInteger.valueOf(4), BigInteger.valueOf(8)),
                        new LevelRange(5, BigInteger.valueOf(8), BigInteger.valueOf(16)));
    }

    @Test
    void rangesStayExactFarBeyondSixtyFourLevels() {
        BigInteger deep = BigInteger.ONE.shiftLeft(300).add(BigInteger.valueOf(7));

        LevelRange first = BinaryPositions.subtreeRanges(301, deep, 1).get(0);

        assertThat(first.fromInclusive()).isEqualTo(deep.shiftLeft(1));
        assertThat(first.toExclusive().subtract(first.fromInclusive())).isEqualTo(2);
    }

    @Test
    void sideBelowAncestorReadsTheBitTakenAtThatStep() {
        // position 0b0110 at depth 4: root -L-> a -R-> b -R-> c -L-> node
        BigInteger position = BigInteger.valueOf(0b0110);

        assertThat(BinaryPositions.sideBelowAncestor(4, position, 0)).isEqualTo(Side.LEFT);
        assertThat(BinaryPositions.sideBelowAncestor(4, position, 1)).isEqualTo(Side.RIGHT);
        assertThat(BinaryPositions.sideBelowAncestor(4, position, 2)).isEqualTo(Side.RIGHT);
        assertThat(BinaryPositions.sideBelowAncestor(4, position, 3)).isEqualTo(Side.LEFT);
        assertThatThrownBy(() -> BinaryPositions.sideBelowAncestor(4, position, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
