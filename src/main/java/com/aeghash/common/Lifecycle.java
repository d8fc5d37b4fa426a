package com.aeghash.common;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one shape of every lifecycle in the platform: a table of allowed moves between the states of an enum,
 * optionally labelled with the action that causes them. Every pair not listed is refused; a state with no way
 * out is final. A lifecycle enum keeps its table in a {@code private static final Lifecycle<...>} field and
 * answers {@code canMoveTo} / {@code moveTo} / {@code isFinal} through it; a violation found by {@code moveTo}
 * is a bug (an {@link IllegalStateException}), never a client error: a service that must refuse a caller
 * checks {@link #next} or {@link #canMove} first and answers with its own problem.
 *
 * <p>Actions: where one move can be caused by several actions, or one action leads to different states from
 * different states (withdrawals), the table is keyed by (state, action); {@link #next(Enum, Enum)} answers
 * the state an action leads to. A lifecycle without actions uses {@link NoAction}.
 *
 * @param <S> the states
 * @param <A> the actions, or {@link NoAction}
 */
public final class Lifecycle<S extends Enum<S>, A extends Enum<A>> {

    /** The action type of a lifecycle whose moves are not labelled. */
    public enum NoAction {
        MOVE
    }

    private final String name;
    private final Class<S> states;
    private final Map<S, Map<A, S>> byAction;
    private final Map<S, Set<S>> moves;
    private final Set<S> initial;

    private Lifecycle(Builder<S, A> builder) {
        this.name = builder.name;
        this.states = builder.states;
        this.byAction = builder.byAction;
        this.moves = builder.moves;
        this.initial = builder.initial.isEmpty() ? EnumSet.allOf(builder.states) : builder.initial;
    }

    /** A lifecycle whose moves are not labelled by actions. */
    public static <S extends Enum<S>> Builder<S, NoAction> of(String name, Class<S> states) {
        return new Builder<>(name, states, NoAction.class);
    }

    /** A lifecycle whose moves are labelled by the action that causes them. */
    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> of(
            String name, Class<S> states, Class<A> actions) {
        return new Builder<>(name, states, actions);
    }

    /** True when some listed move leads from {@code from} to {@code to}. */
    public boolean canMove(S from, S to) {
        return moves.getOrDefault(from, Set.of()).contains(to);
    }

    /** Returns {@code to}, or throws when the move is not in the table. */
    public S requireMove(S from, S to) {
        if (!canMove(from, to)) {
            throw new IllegalStateException(name + " cannot move from " + from + " to " + to);
        }
        return to;
    }

    /** The state {@code action} leads to from {@code from}, or empty when the action is not allowed there. */
    public Optional<S> next(S from, A action) {
        return Optional.ofNullable(byAction.getOrDefault(from, Map.of()).get(action));
    }

    /** The states reachable from {@code from} in one move. */
    public Set<S> targets(S from) {
        return Collections.unmodifiableSet(moves.getOrDefault(from, EnumSet.noneOf(states)));
    }

    /** True when nothing leads out of the state. */
    public boolean isFinal(S state) {
        return moves.getOrDefault(state, Set.of()).isEmpty();
    }

    /** True when a new item may start in this state (every state, unless the table names its initial ones). */
    public boolean isInitial(S state) {
        return initial.contains(state);
    }

    /** True when the state is initial or some move leads to it. */
    public boolean isReachable(S state) {
        return isInitial(state) || moves.values().stream().anyMatch(targets -> targets.contains(state));
    }

    public String name() {
        return name;
    }

    /** Builds the table; it is immutable once built. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {

        private final String name;
        private final Class<S> states;
        private final Class<A> actions;
        private final Map<S, Map<A, S>> byAction;
        private final Map<S, Set<S>> moves;
        private final Set<S> initial;

        private Builder(String name, Class<S> states, Class<A> actions) {
            this.name = name;
            this.states = states;
            this.actions = actions;
            this.byAction = new EnumMap<>(states);
            this.moves = new EnumMap<>(states);
            this.initial = EnumSet.noneOf(states);
        }

        /** The states a new item may start in (default: any). */
        @SafeVarargs
        public final Builder<S, A> startsIn(S first, S... more) {
            initial.add(first);
            initial.addAll(Set.of(more));
            return this;
        }

        /** Unlabelled moves from {@code from} to each of {@code to}. */
        @SafeVarargs
        public final Builder<S, A> allow(S from, S... to) {
            Set<S> targets = moves.computeIfAbsent(from, state -> EnumSet.noneOf(states));
            for (S target : to) {
                targets.add(target);
            }
            return this;
        }

        /** The move {@code action} causes from {@code from}; one action leads to one state from a given state. */
        public Builder<S, A> allow(S from, A action, S to) {
            S previous = byAction.computeIfAbsent(from, state -> new EnumMap<>(actions))
                    .put(action, to);
            if (previous != null && previous != to) {
                throw new IllegalArgumentException(
                        name + ": " + action + " from " + from + " leads to both " + previous + " and " + to);
            }
            return allow(from, to);
        }

        public Lifecycle<S, A> build() {
            Map<S, Set<S>> frozenMoves = new EnumMap<>(states);
            moves.forEach((from, to) -> frozenMoves.put(from, Collections.unmodifiableSet(EnumSet.copyOf(to))));
            Map<S, Map<A, S>> frozenActions = new EnumMap<>(states);
            byAction.forEach(
                    (from, table) -> frozenActions.put(from, Collections.unmodifiableMap(new EnumMap<>(table))));
            Builder<S, A> frozen = new Builder<>(name, states, actions);
            frozen.moves.putAll(frozenMoves);
            frozen.byAction.putAll(frozenActions);
            frozen.initial.addAll(initial);
            return new Lifecycle<>(frozen);
        }
    }
}
