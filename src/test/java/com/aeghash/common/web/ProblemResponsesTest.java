package com.aeghash.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.ApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** An {@link ApiException} becomes its problem; one that says when to come back also says it in the header. */
class ProblemResponsesTest {

    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void aProblemWithRetryAfterSecondsAnswersTheRetryAfterHeaderToo() {
        ResponseEntity<ProblemDetail> answer = responses.apiException(new ApiException(
                HttpStatus.TOO_MANY_REQUESTS,
                "too_many_sign_in_failures",
                null,
                "wait",
                Map.of(ApiException.RETRY_AFTER_SECONDS, 7L)));

        assertThat(answer.getStatusCode().value()).isEqualTo(429);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(answer.getBody().getProperties()).containsEntry(ApiException.RETRY_AFTER_SECONDS, 7L);
        assertThat(answer.getBody().getProperties()).containsEntry("code", "too_many_sign_in_failures");
    }

    @Test
    void aProblemWithoutItHasNoRetryAfterHeader() {
        ResponseEntity<ProblemDetail> answer =
                responses.apiException(ApiException.conflict("conflict", "already there"));

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
    }
}
