package com.aeghash.mining;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The allowed-transition tables of the mining lifecycles, every pair checked against the table. */
class LifecycleTransitionsTest {

    static Stream<Arguments> withdrawalTransitions() {
        MiningWithdrawalStatus submitting = MiningWithdrawalStatus.SUBMITTING;
        MiningWithdrawalStatus submitted = MiningWithdrawalStatus.SUBMITTED;
        MiningWithdrawalStatus completed = MiningWithdrawalStatus.COMPLETED;
        MiningWithdrawalStatus failed = MiningWithdrawalStatus.FAILED;
        MiningWithdrawalStatus unknown = MiningWithdrawalStatus.UNKNOWN;
        return Stream.of(
                Arguments.of(submitting, submitting, false),
                Arguments.of(submitting, submitted, true),
                Arguments.of(submitting, completed, true),
                Arguments.of(submitting, failed, true),
                Arguments.of(submitting, unknown, true),
                Arguments.of(submitted, submitting, false),
                Arguments.of(submitted, submitted, false),
                Arguments.of(submitted, completed, true),
                Arguments.of(submitted, failed, true),
                Arguments.of(submitted, unknown, false),
                Arguments.of(unknown, submitting, false),
                Arguments.of(unknown, submitted, true),
                Arguments.of(unknown, completed, true),
                Arguments.of(unknown, failed, true),
                Arguments.of(unknown, unknown, false),
                Arguments.of(completed, submitting, false),
                Arguments.of(completed, submitted, false),
                Arguments.of(completed, completed, false),
                Arguments.of(completed, failed, false),
                Arguments.of(completed, unknown, false),
                Arguments.of(failed, submitting, false),
                Arguments.of(failed, submitted, false),
                Arguments.of(failed, completed, false),
                Arguments.of(failed, failed, false),
                Arguments.of(failed, unknown, false));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("withdrawalTransitions")
    void miningWithdrawalTransitions(MiningWithdrawalStatus from, MiningWithdrawalStatus to, boolean allowed) {
        assertMove(
                from,
                to,
                allowed,
                MiningWithdrawalStatus::canMoveTo,
                MiningWithdrawalStatus::moveTo,
                "mining withdrawal");
        assertThat(from.isFinal())
                .isEqualTo(from == MiningWithdrawalStatus.COMPLETED || from == MiningWithdrawalStatus.FAILED);
    }

    static Stream<Arguments> etlRunTransitions() {
        return Stream.of(
                Arguments.of(EtlRunStatus.RUNNING, EtlRunStatus.RUNNING, false),
                Arguments.of(EtlRunStatus.RUNNING, EtlRunStatus.COMPLETED, true),
                Arguments.of(EtlRunStatus.RUNNING, EtlRunStatus.FAILED, true),
                Arguments.of(EtlRunStatus.FAILED, EtlRunStatus.RUNNING, true),
                Arguments.of(EtlRunStatus.FAILED, EtlRunStatus.COMPLETED, false),
                Arguments.of(EtlRunStatus.FAILED, EtlRunStatus.FAILED, false),
                Arguments.of(EtlRunStatus.COMPLETED, EtlRunStatus.RUNNING, false),
                Arguments.of(EtlRunStatus.COMPLETED, EtlRunStatus.FAILED, false),
                Arguments.of(EtlRunStatus.COMPLETED, EtlRunStatus.COMPLETED, false));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("etlRunTransitions")
    void etlRunTransitions(EtlRunStatus from, EtlRunStatus to, boolean allowed) {
        assertMove(from, to, allowed, EtlRunStatus::canMoveTo, EtlRunStatus::moveTo, "ETL run");
        assertThat(from.isFinal()).isEqualTo(from == EtlRunStatus.COMPLETED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withdrawalStatuses")
    void statusesTravelAsTheirLowerCaseNames(MiningWithdrawalStatus status) {
        assertThat(MiningWithdrawalStatus.fromWireName(status.wireName())).isEqualTo(status);
        assertThat(status.wireName()).isEqualTo(status.name().toLowerCase());
    }

    static Stream<MiningWithdrawalStatus> withdrawalStatuses() {
        return Stream.of(MiningWithdrawalStatus.values());
    }
}
