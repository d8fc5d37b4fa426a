package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

/** A problem has one key per name: an extra property may not take a name of the problem's own members. */
class ApiExceptionTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"type", "title", "status", "detail", "instance", "code", "field", "traceId"})
    void anExtraPropertyMayNotShadowAMemberOfTheProblem(String name) {
        assertThatThrownBy(() -> new ApiException(HttpStatus.CONFLICT, "invalid_state", null, "no", Map.of(name, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"state", "withdrawalId", "limit"})
    void otherNamesAreExtraProperties(String name) {
        ApiException exception = new ApiException(HttpStatus.CONFLICT, "invalid_state", null, "no", Map.of(name, 1));

        assertThat(exception.properties()).containsEntry(name, 1);
    }
}
