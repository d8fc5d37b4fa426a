package com.aeghash.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every class of bad input gets a 400 problem naming the field, and nothing is processed. */
@IntegrationTest
class ErrorModelIT {

    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = ApiClient.admin(port);
        ValidationProbeController.ACCEPTED.set(0);
    }

    @Test
    void validRequestIsAcceptedAndAmountsComeBackAsStrings() {
        ApiClient.Response response = api.post(
                "/api/v1/test/probe",
                "{\"amount\": 1.000000000000000001, \"adjustment\": \"-2.5\", \"colour\": \"RED\", \"count\": 1}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"amount\":\"1.000000000000000001\"")
                .contains("\"adjustment\":\"-2.5\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "negative amount      | {\"amount\": \"-1\", \"adjustment\": 1, \"colour\": \"RED\"}              | amount",
                "zero amount          | {\"amount\": 0, \"adjustment\": 1, \"colour\": \"RED\"}                   | amount",
                "NaN amount           | {\"amount\": \"NaN\", \"adjustment\": 1, \"colour\": \"RED\"}             | amount",
                "non-numeric amount   | {\"amount\": \"ten\", \"adjustment\": 1, \"colour\": \"RED\"}             | amount",
                "19 decimals          | {\"amount\": \"0.0000000000000000001\", \"adjustment\": 1, \"colour\": \"RED\"} | amount",
                "huge exponent        | {\"amount\": 1e400, \"adjustment\": 1, \"colour\": \"RED\"}               | amount",
                "missing amount       | {\"adjustment\": 1, \"colour\": \"RED\"}                                  | amount",
                "zero adjustment      | {\"amount\": 1, \"adjustment\": \"0.000\", \"colour\": \"RED\"}           | adjustment",
                "unknown enum value   | {\"amount\": 1, \"adjustment\": 1, \"colour\": \"BLUE\"}                  | colour",
                "wrong type           | {\"amount\": 1, \"adjustment\": 1, \"colour\": \"RED\", \"count\": \"x\"} | count",
                "object for a number  | {\"amount\": {\"v\": 1}, \"adjustment\": 1, \"colour\": \"RED\"}          | amount"
            })
    void badFieldIsA400NamingTheField(String name, String body, String field) {
        ApiClient.Response response = api.post("/api/v1/test/probe", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asString()).isEqualTo("validation_failed");
        assertThat(response.json().path("field").asString()).isEqualTo(field);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(ValidationProbeController.ACCEPTED.get()).isZero();
    }

    @Test
    void malformedJsonIsA400() {
        ApiClient.Response response = api.post("/api/v1/test/probe", "{\"amount\": 1,");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("code").asString()).isEqualTo("malformed_json");
    }

    @Test
    void bodyOver64KibIsA400EvenWhenChunked() {
        String padding = "x".repeat(70 * 1024);
        String body = "{\"amount\": 1, \"adjustment\": 1, \"colour\": \"RED\", \"note\": \"" + padding + "\"}";

        ApiClient.Response declared = api.post("/api/v1/test/probe", body);
        ApiClient.Response chunked = api.postChunked("/api/v1/test/probe", body);

        assertThat(declared.status()).isEqualTo(400);
        assertThat(declared.json().path("code").asString()).isEqualTo("body_too_large");
        assertThat(chunked.status()).isEqualTo(400);
        assertThat(chunked.json().path("code").asString()).isEqualTo("body_too_large");
        assertThat(ValidationProbeController.ACCEPTED.get()).isZero();
    }

    @Test
    void wrongMediaTypeAndMethodAndPathAreProblemsToo() {
        assertThat(api.postText("/api/v1/test/probe", "amount=1").status()).isEqualTo(415);
        assertThat(api.get("/api/v1/test/probe").status()).isEqualTo(405);
        ApiClient.Response missing = api.get("/api/v1/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("code").asString()).isEqualTo("not_found");
    }

    @Test
    void invalidMemberIdInPathIsA400() {
        ApiClient.Response response = api.get("/api/v1/members/" + "a".repeat(65) + "/balances");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("memberId");
    }
}
