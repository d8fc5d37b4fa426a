package com.aeghash.withdrawal.internal;

import static com.aeghash.testsupport.LifecycleAssertions.assertMove;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;

/**
 * The withdrawal lifecycle as a table: every (state, action) pair against the allowed moves listed here (the next
 * state, or a 409 invalid_state), and every (state, state) pair moved only where some action leads.
 */
class WithdrawalStatusTest {

    /** state (wire name) | action | next state; every pair not listed must be refused. */
    private static final String EXPECTED = """
            pending          | approve_first_of_two | approved_pending
            pending          | approve_final        | approved
            pending          | reject               | rejected
            pending          | cancel               | cancelled
            approved_pending | approve_final        | approved
            approved_pending | reject               | rejected
            approved         | start_execution      | executing
            executing        | record_submitted     | submitted
            executing        | record_completed     | completed
            executing        | record_failed        | failed
            executing        | record_unknown       | unknown
            unknown          | record_submitted     | submitted
            unknown          | record_completed     | completed
            unknown          | record_failed        | failed
            submitted        | record_completed     | completed
            submitted        | record_failed        | failed
            """;

    private static final Map<String, String> TABLE = parse(EXPECTED);

    static Stream<Arguments> everyPair() {
        return pairs(WithdrawalStatus.values(), WithdrawalAction.values());
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachStateAndActionLeadsWhereTheTableSays(WithdrawalStatus status, WithdrawalAction action) {
        String expected = TABLE.get(key(status, action));

        if (expected != null) {
            assertThat(WithdrawalStatus.next(status, action))
                    .map(WithdrawalStatus::wireName)
                    .contains(expected);
            assertThat(WithdrawalStateChanges.requireAllowed(status, action).wireName())
                    .isEqualTo(expected);
        } else {
            assertThat(WithdrawalStatus.next(status, action)).isEmpty();
            assertThatThrownBy(() -> WithdrawalStateChanges.requireAllowed(status, action))
                    .isInstanceOfSatisfying(ApiException.class, refused -> {
                        assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
                        assertThat(refused.code()).isEqualTo("invalid_state");
                        assertThat(refused.properties()).containsEntry("state", status.wireName());
                    });
        }
    }

    static Stream<Arguments> everyMove() {
        return pairs(WithdrawalStatus.values(), WithdrawalStatus.values());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void aStateMovesOnlyWhereSomeActionOfTheTableLeads(WithdrawalStatus from, WithdrawalStatus to) {
        boolean listed = TABLE.entrySet().stream()
                .anyMatch(row -> row.getKey().startsWith(from.name() + "/")
                        && row.getValue().equals(to.wireName()));

        assertMove(from, to, listed, WithdrawalStatus::canMoveTo, WithdrawalStatus::moveTo, "withdrawal");
    }

    @Test
    void finalStatesAcceptNothingAndMoneyFollowsTheState() {
        for (WithdrawalStatus status : WithdrawalStatus.values()) {
            boolean acceptsSomething = Arrays.stream(WithdrawalAction.values())
                    .anyMatch(action -> WithdrawalStatus.next(status, action).isPresent());
            assertThat(acceptsSomething).as(status.wireName()).isEqualTo(!status.isFinal());
        }
        assertThat(Arrays.stream(WithdrawalStatus.values()).filter(WithdrawalStatus::isFinal))
                .extracting(WithdrawalStatus::wireName)
                .containsExactlyInAnyOrder("completed", "rejected", "cancelled", "failed");
        assertThat(Arrays.stream(WithdrawalStatus.values()).filter(WithdrawalStatus::releasesHold))
                .extracting(WithdrawalStatus::wireName)
                .containsExactlyInAnyOrder("rejected", "cancelled", "failed");
        assertThat(Arrays.stream(WithdrawalStatus.values()).filter(WithdrawalStatus::clearsHold))
                .extracting(WithdrawalStatus::wireName)
                .containsExactly("completed");
    }

    @Test
    void theExpectedTableNamesOnlyRealStatesAndActions() {
        assertThat(TABLE).hasSize(16);
        TABLE.forEach((pair, next) ->
                assertThat(WithdrawalStatus.fromWireName(next)).as(next).isPresent());
    }

    private static Stream<Arguments> pairs(Object[] firsts, Object[] seconds) {
        return Arrays.stream(firsts)
                .flatMap(first -> Arrays.stream(seconds).map(second -> Arguments.of(first, second)));
    }

    private static Map<String, String> parse(String table) {
        Map<String, String> parsed = new HashMap<>();
        table.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.split("\\|");
            WithdrawalStatus from =
                    WithdrawalStatus.fromWireName(cells[0].trim()).orElseThrow();
            WithdrawalAction action = WithdrawalAction.valueOf(cells[1].trim().toUpperCase(Locale.ROOT));
            parsed.put(key(from, action), cells[2].trim());
        });
        return parsed;
    }

    private static String key(WithdrawalStatus status, WithdrawalAction action) {
        return status.name() + "/" + action.name();
    }
}
