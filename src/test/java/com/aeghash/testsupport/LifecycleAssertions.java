package com.aeghash.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;

/** One row of a lifecycle enum's table test: the move {@code from -> to} is allowed by its table, or refused. */
public final class LifecycleAssertions {

    private LifecycleAssertions() {}

    /**
     * An allowed move answers true from {@code canMoveTo} and returns {@code to} from {@code moveTo}; any other
     * pair answers false and {@code moveTo} throws, naming the lifecycle ({@code name}) and both states.
     */
    public static <S extends Enum<S>> void assertMove(
            S from, S to, boolean allowed, BiPredicate<S, S> canMoveTo, BinaryOperator<S> moveTo, String name) {
        assertThat(canMoveTo.test(from, to)).as(from + " -> " + to).isEqualTo(allowed);
        if (allowed) {
            assertThat(moveTo.apply(from, to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> moveTo.apply(from, to))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(name + " cannot move from " + from + " to " + to);
        }
    }
}
