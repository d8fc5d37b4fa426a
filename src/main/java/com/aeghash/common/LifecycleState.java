package com.aeghash.common;

/**
 * A state of a lifecycle enum, answering its moves from the enum's one {@link Lifecycle} table: the enum keeps the
 * table in its {@code private static final Lifecycle<...> LIFECYCLE} field and returns it from {@link #lifecycle()};
 * {@code canMoveTo}, {@code moveTo} and {@code isFinal} are answered here, the same way for every lifecycle.
 *
 * @param <S> the enum itself
 */
public interface LifecycleState<S extends Enum<S> & LifecycleState<S>> {

    /** The table of allowed moves this state belongs to. */
    Lifecycle<S, ?> lifecycle();

    /** True when the table allows a move from this state to {@code next}. */
    default boolean canMoveTo(S next) {
        return lifecycle().canMove(self(), next);
    }

    /**
     * Returns {@code next}, or throws {@link IllegalStateException} when the table does not allow the move: a
     * violation is a bug, never a client error.
     */
    default S moveTo(S next) {
        return lifecycle().requireMove(self(), next);
    }

    /** True when nothing leads out of this state. */
    default boolean isFinal() {
        return lifecycle().isFinal(self());
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }
}
