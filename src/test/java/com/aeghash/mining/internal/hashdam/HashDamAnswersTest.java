package com.aeghash.mining.internal.hashdam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.databind.json.JsonMapper;

/** Every case of the one converter, as a table: what arrived → what it proves. */
class HashDamAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of(200, "{\"code\":0,\"data\":{},\"message\":\"success\"}", CallOutcome.SUCCEEDED),
                Arguments.of(200, "{\"code\":0,\"data\":{}}", CallOutcome.SUCCEEDED),
                Arguments.of(200, "{\"code\":1,\"message\":\"Invalid API Key\"}", CallOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":1,\"message\":\"Not Found API Key\"}", CallOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":1,\"message\":\"Invalid access from an unauthorized IP Address\"}",
                        CallOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":1,\"message\":\"No API Permission\"}", CallOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":7,\"message\":\"Not found or Unsupported coin symbol\"}",
                        CallOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":1}", CallOutcome.UNKNOWN),
                Arguments.of(200, "{\"code\":1,\"message\":\"  \"}", CallOutcome.UNKNOWN),
                Arguments.of(200, "", CallOutcome.UNKNOWN),
                Arguments.of(200, "<html>proxy</html>", CallOutcome.UNKNOWN),
                Arguments.of(200, "{\"data\":{}}", CallOutcome.UNKNOWN),
                Arguments.of(200, "{\"code\":\"0\"}", CallOutcome.UNKNOWN),
                Arguments.of(400, "", CallOutcome.FAILED_DEFINITE),
                Arguments.of(401, "{\"code\":1,\"message\":\"Invalid API Key\"}", CallOutcome.FAILED_DEFINITE),
                Arguments.of(404, "not found", CallOutcome.FAILED_DEFINITE),
                Arguments.of(408, "", CallOutcome.UNKNOWN),
                Arguments.of(429, "", CallOutcome.FAILED_DEFINITE),
                Arguments.of(500, "{\"code\":0,\"data\":{}}", CallOutcome.UNKNOWN),
                Arguments.of(502, "Bad Gateway", CallOutcome.UNKNOWN),
                Arguments.of(503, "", CallOutcome.UNKNOWN),
                Arguments.of(504, "", CallOutcome.UNKNOWN),
                Arguments.of(302, "", CallOutcome.UNKNOWN));
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @MethodSource("responses")
    void responsesAreClassified(int status, String body, CallOutcome expected) {
        assertThat(HashDamAnswers.ofResponse(status, body, JSON).outcome()).isEqualTo(expected);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused"), CallOutcome.FAILED_DEFINITE),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), CallOutcome.FAILED_DEFINITE),
                Arguments.of(new UnknownHostException("api.pool.hashdam.com"), CallOutcome.FAILED_DEFINITE),
                Arguments.of(new javax.net.ssl.SSLHandshakeException("bad certificate"), CallOutcome.FAILED_DEFINITE),
                Arguments.of(new HttpTimeoutException("request timed out"), CallOutcome.UNKNOWN),
                Arguments.of(new SocketTimeoutException("Read timed out"), CallOutcome.UNKNOWN),
                Arguments.of(new IOException("Connection reset"), CallOutcome.UNKNOWN),
                Arguments.of(new IOException("HTTP/1.1 header parser received no bytes"), CallOutcome.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void transportFailuresAreClassifiedThroughTheirWrapper(IOException cause, CallOutcome expected) {
        ResourceAccessException wrapped = new ResourceAccessException("I/O error on POST", cause);

        assertThat(HashDamAnswers.ofFailure(wrapped).outcome()).isEqualTo(expected);
    }
}
