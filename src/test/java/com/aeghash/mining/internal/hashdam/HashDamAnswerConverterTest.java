package com.aeghash.mining.internal.hashdam;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.VendorOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.client.ResourceAccessException;
import tools.jackson.databind.json.JsonMapper;

/** Every case of the one converter, as a table: what arrived → what it proves. */
class HashDamAnswerConverterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> responses() {
        return Stream.of(
                Arguments.of(200, "{\"code\":0,\"data\":{},\"message\":\"success\"}", VendorOutcome.SUCCEEDED),
                Arguments.of(200, "{\"code\":0,\"data\":{}}", VendorOutcome.SUCCEEDED),
                Arguments.of(200, "{\"code\":1,\"message\":\"Invalid API Key\"}", VendorOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":1,\"message\":\"Not Found API Key\"}", VendorOutcome.FAILED_DEFINITE),
                Arguments.of(
                        200,
                        "{\"code\":1,\"message\":\"Invalid access from an unauthorized IP Address\"}",
                        VendorOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":1,\"message\":\"No API Permission\"}", VendorOutcome.FAILED_DEFINITE),
                Arguments.of(
                        200,
                        "{\"code\":7,\"message\":\"Not found or Unsupported coin symbol\"}",
                        VendorOutcome.FAILED_DEFINITE),
                Arguments.of(200, "{\"code\":1}", VendorOutcome.UNKNOWN),
                Arguments.of(200, "{\"code\":1,\"message\":\"  \"}", VendorOutcome.UNKNOWN),
                Arguments.of(200, "", VendorOutcome.UNKNOWN),
                Arguments.of(200, "<html>proxy</html>", VendorOutcome.UNKNOWN),
                Arguments.of(200, "{\"data\":{}}", VendorOutcome.UNKNOWN),
                Arguments.of(200, "{\"code\":\"0\"}", VendorOutcome.UNKNOWN),
                Arguments.of(400, "", VendorOutcome.FAILED_DEFINITE),
                Arguments.of(401, "{\"code\":1,\"message\":\"Invalid API Key\"}", VendorOutcome.FAILED_DEFINITE),
                Arguments.of(404, "not found", VendorOutcome.FAILED_DEFINITE),
                Arguments.of(408, "", VendorOutcome.UNKNOWN),
                Arguments.of(429, "", VendorOutcome.FAILED_DEFINITE),
                Arguments.of(500, "{\"code\":0,\"data\":{}}", VendorOutcome.UNKNOWN),
                Arguments.of(502, "Bad Gateway", VendorOutcome.UNKNOWN),
                Arguments.of(503, "", VendorOutcome.UNKNOWN),
                Arguments.of(504, "", VendorOutcome.UNKNOWN),
                Arguments.of(302, "", VendorOutcome.UNKNOWN));
    }

    @ParameterizedTest(name = "HTTP {0} {1} -> {2}")
    @MethodSource("responses")
    void responsesAreClassified(int status, String body, VendorOutcome expected) {
        assertThat(HashDamAnswerConverter.ofResponse(status, body, JSON).outcome())
                .isEqualTo(expected);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused"), VendorOutcome.FAILED_DEFINITE),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), VendorOutcome.FAILED_DEFINITE),
                Arguments.of(new UnknownHostException("api.pool.hashdam.com"), VendorOutcome.FAILED_DEFINITE),
                Arguments.of(new SSLHandshakeException("bad certificate"), VendorOutcome.FAILED_DEFINITE),
                Arguments.of(new HttpTimeoutException("request timed out"), VendorOutcome.UNKNOWN),
                Arguments.of(new SocketTimeoutException("Read timed out"), VendorOutcome.UNKNOWN),
                Arguments.of(new IOException("Connection reset"), VendorOutcome.UNKNOWN),
                Arguments.of(new IOException("HTTP/1.1 header parser received no bytes"), VendorOutcome.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("failures")
    void transportFailuresAreClassifiedThroughTheirWrapper(IOException cause, VendorOutcome expected) {
        ResourceAccessException wrapped = new ResourceAccessException("I/O error on POST", cause);

        assertThat(HashDamAnswerConverter.ofFailure(wrapped).outcome()).isEqualTo(expected);
    }
}
