package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.Lifecycle.NoAction;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    enum Light {
        RED,
        GREEN,
        YELLOW,
        BROKEN
    }

    enum Press {
        GO,
        SLOW,
        STOP,
        SMASH
    }

    private final Lifecycle<Light, NoAction> plain = Lifecycle.of("light", Light.class)
            .startsIn(Light.RED)
            .allow(Light.RED, Light.GREEN, Light.BROKEN)
            .allow(Light.GREEN, Light.YELLOW)
            .allow(Light.YELLOW, Light.RED)
            .build();

    private final Lifecycle<Light, Press> labelled = Lifecycle.of("light", Light.class, Press.class)
            .allow(Light.RED, Press.GO, Light.GREEN)
            .allow(Light.RED, Press.SMASH, Light.BROKEN)
            .allow(Light.GREEN, Press.SLOW, Light.YELLOW)
            .allow(Light.GREEN, Press.SMASH, Light.BROKEN)
            .build();

    @Test
    void listedMovesAreAllowedAndEveryOtherPairIsRefused() {
        for (Light from : Light.values()) {
            for (Light to : Light.values()) {
                boolean listed = (from == Light.RED && (to == Light.GREEN || to == Light.BROKEN))
                        || (from == Light.GREEN && to == Light.YELLOW)
                        || (from == Light.YELLOW && to == Light.RED);
                assertThat(plain.canMove(from, to)).as(from + " -> " + to).isEqualTo(listed);
            }
        }
    }

    @Test
    void requireMoveReturnsTheTargetOrNamesTheRefusedMove() {
        assertThat(plain.requireMove(Light.RED, Light.GREEN)).isEqualTo(Light.GREEN);
        assertThatThrownBy(() -> plain.requireMove(Light.BROKEN, Light.RED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("light cannot move from BROKEN to RED");
    }

    @Test
    void aStateWithNoWayOutIsFinal() {
        assertThat(plain.isFinal(Light.BROKEN)).isTrue();
        assertThat(plain.isFinal(Light.YELLOW)).isFalse();
        assertThat(plain.targets(Light.RED)).containsExactlyInAnyOrder(Light.GREEN, Light.BROKEN);
        assertThat(plain.targets(Light.BROKEN)).isEmpty();
    }

    @Test
    void initialStatesAreTheNamedOnesOrAll() {
        assertThat(plain.isInitial(Light.RED)).isTrue();
        assertThat(plain.isInitial(Light.GREEN)).isFalse();
        assertThat(labelled.isInitial(Light.GREEN)).isTrue();
        assertThat(plain.isReachable(Light.BROKEN)).isTrue();
    }

    @Test
    void anActionLeadsToItsStateOnlyWhereItIsListed() {
        assertThat(labelled.next(Light.RED, Press.GO)).contains(Light.GREEN);
        assertThat(labelled.next(Light.GREEN, Press.SMASH)).contains(Light.BROKEN);
        assertThat(labelled.next(Light.YELLOW, Press.GO)).isEmpty();
        assertThat(labelled.next(Light.RED, Press.STOP)).isEmpty();
        assertThat(labelled.canMove(Light.GREEN, Light.YELLOW)).isTrue();
    }

    @Test
    void oneActionCannotLeadToTwoStatesFromTheSameState() {
        assertThatThrownBy(() -> Lifecycle.of("light", Light.class, Press.class)
                        .allow(Light.RED, Press.GO, Light.GREEN)
                        .allow(Light.RED, Press.GO, Light.YELLOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBuiltTableCannotBeChangedThroughItsViews() {
        assertThatThrownBy(() -> plain.targets(Light.RED).add(Light.YELLOW))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
