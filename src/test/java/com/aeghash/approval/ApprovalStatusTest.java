package com.aeghash.approval;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The approval request lifecycle as a table: every allowed (state, action) pair, every other pair refused. */
class ApprovalStatusTest {

    /** The whole table: (from, action) → to. */
    private static final Map<ApprovalStatus, Map<ApprovalAction, ApprovalStatus>> TABLE = Map.of(
            ApprovalStatus.AWAITING_APPROVAL,
            Map.of(
                    ApprovalAction.APPROVE, ApprovalStatus.EXECUTING,
                    ApprovalAction.REJECT, ApprovalStatus.REJECTED,
                    ApprovalAction.CANCEL, ApprovalStatus.CANCELLED,
                    ApprovalAction.EXPIRE, ApprovalStatus.EXPIRED),
            ApprovalStatus.EXECUTING,
            Map.of(
                    ApprovalAction.RECORD_EXECUTED, ApprovalStatus.EXECUTED,
                    ApprovalAction.RECORD_FAILED, ApprovalStatus.FAILED));

    static Stream<Arguments> everyStateAndAction() {
        return EnumSet.allOf(ApprovalStatus.class).stream()
                .flatMap(
                        from -> EnumSet.allOf(ApprovalAction.class).stream().map(action -> Arguments.of(from, action)));
    }

    @ParameterizedTest(name = "{0} --{1}->")
    @MethodSource("everyStateAndAction")
    void anActionLeadsWhereTheTableSaysAndNowhereElse(ApprovalStatus from, ApprovalAction action) {
        ApprovalStatus expected = TABLE.getOrDefault(from, Map.of()).get(action);

        assertThat(from.next(action))
                .as(from + " --" + action + "->")
                .isEqualTo(java.util.Optional.ofNullable(expected));
    }

    static Stream<Arguments> everyPairOfStates() {
        return EnumSet.allOf(ApprovalStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(ApprovalStatus.class).stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void aMoveIsAllowedExactlyWhenSomeActionCausesIt(ApprovalStatus from, ApprovalStatus to) {
        boolean allowed = TABLE.getOrDefault(from, Map.of()).containsValue(to);

        assertMove(from, to, allowed, ApprovalStatus::canMoveTo, ApprovalStatus::moveTo, "approval request");
        assertThat(from.isFinal()).isEqualTo(!TABLE.containsKey(from));
    }

    @Test
    void wireNamesReadBackAndPendingIsNotOneOfThem() {
        Set<String> names = new java.util.HashSet<>();
        for (ApprovalStatus status : ApprovalStatus.values()) {
            assertThat(ApprovalStatus.fromWireName(status.wireName())).contains(status);
            names.add(status.wireName());
        }

        assertThat(names).doesNotContain("pending").hasSize(ApprovalStatus.values().length);
    }
}
