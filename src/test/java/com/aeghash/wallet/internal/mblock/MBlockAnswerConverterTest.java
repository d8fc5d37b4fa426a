package com.aeghash.wallet.internal.mblock;

import static com.aeghash.common.VendorOutcome.FAILED_DEFINITE;
import static com.aeghash.common.VendorOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.VendorOutcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.client.ResourceAccessException;

/** The converter's decisions, as a table: each MBlock error for a read and for a write. */
class MBlockAnswerConverterTest {

    static Stream<Arguments> errors() {
        return Stream.of(
                // error, outcome for a read (balanceOf/receiptByHash), outcome for a write (transfer/transit/...)
                Arguments.of(MBlockError.NOT_FOUND_API_KEY, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.INVALID_API_KEY, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.UNAUTHORIZED_IP, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.NO_API_PERMISSION, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.INVALID_WALLET_KEY, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.UNSUPPORTED_TOKEN, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.VOLUME_REQUIRED, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.CONTRACT_INCORRECT, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.TRANSACTION_LOGS_NOT_FOUND, FAILED_DEFINITE, UNKNOWN),
                Arguments.of(MBlockError.WALLET_ADDRESS_INCORRECT, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.RECEIPT_NOT_FOUND, FAILED_DEFINITE, UNKNOWN),
                Arguments.of(MBlockError.RECEIPT_TIMEOUT, UNKNOWN, UNKNOWN),
                Arguments.of(MBlockError.RPC_ERROR, FAILED_DEFINITE, UNKNOWN),
                Arguments.of(MBlockError.WALLET_EXPIRED, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.VOLUME_ZERO_OR_BALANCE_LOW, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.NOT_ENOUGH_BALANCE, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(MBlockError.INVALID_CONFIGURATION, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(null, FAILED_DEFINITE, UNKNOWN));
    }

    @ParameterizedTest(name = "{0}: read {1}, write {2}")
    @MethodSource("errors")
    void eachErrorIsClassifiedPerCallType(MBlockError error, VendorOutcome read, VendorOutcome write) {
        for (MBlockMethod method : MBlockMethod.values()) {
            assertThat(MBlockAnswerConverter.ofError(method, error))
                    .as(method.name())
                    .isEqualTo(method.changesState() ? write : read);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void everyContractMessageIsRecognised(MBlockError error) {
        if (error == null) {
            assertThat(MBlockError.fromMessage("Something new went wrong")).isEmpty();
            return;
        }
        String message = error == MBlockError.RPC_ERROR ? "RPCError: execution reverted" : error.message();
        assertThat(MBlockError.fromMessage(message)).contains(error);
        assertThat(MBlockError.fromMessage(" " + message.toUpperCase() + " ")).contains(error);
    }

    static Stream<Arguments> httpStatuses() {
        return Stream.of(
                Arguments.of(500, FAILED_DEFINITE, UNKNOWN),
                Arguments.of(502, FAILED_DEFINITE, UNKNOWN),
                Arguments.of(504, FAILED_DEFINITE, UNKNOWN),
                Arguments.of(408, FAILED_DEFINITE, UNKNOWN),
                Arguments.of(400, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(401, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(404, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(429, FAILED_DEFINITE, FAILED_DEFINITE),
                Arguments.of(302, FAILED_DEFINITE, UNKNOWN));
    }

    @ParameterizedTest(name = "HTTP {0}: read {1}, write {2}")
    @MethodSource("httpStatuses")
    void httpStatusesWithoutAnEnvelopeAreClassifiedPerCallType(int status, VendorOutcome read, VendorOutcome write) {
        assertThat(MBlockAnswerConverter.ofHttpStatus(MBlockMethod.BALANCE_OF, status))
                .isEqualTo(read);
        assertThat(MBlockAnswerConverter.ofHttpStatus(MBlockMethod.TRANSFER_BY_WALLET_KEY, status))
                .isEqualTo(write);
    }

    static Stream<Arguments> transportFailures() {
        return Stream.of(
                Arguments.of(new ConnectException("Connection refused"), true),
                Arguments.of(new HttpConnectTimeoutException("connect timed out"), true),
                Arguments.of(new IOException("wrapped", new ConnectException("Connection refused")), true),
                Arguments.of(new HttpTimeoutException("request timed out"), false),
                Arguments.of(new SocketException("Connection reset"), false),
                Arguments.of(new IOException("HTTP/1.1 header parser received no bytes"), false));
    }

    @ParameterizedTest(name = "{0}: never sent {1}")
    @MethodSource("transportFailures")
    void onlyFailuresBeforeSendingAreDefiniteForAWrite(IOException failure, boolean neverSent) {
        ResourceAccessException wrapped = new ResourceAccessException("I/O error", failure);
        assertThat(MBlockAnswerConverter.neverSent(wrapped)).isEqualTo(neverSent);
        assertThat(MBlockAnswerConverter.ofTransportFailure(MBlockMethod.TRANSFER_BY_WALLET_KEY, wrapped))
                .isEqualTo(neverSent ? FAILED_DEFINITE : UNKNOWN);
        assertThat(MBlockAnswerConverter.ofTransportFailure(MBlockMethod.BALANCE_OF, wrapped))
                .isEqualTo(FAILED_DEFINITE);
    }
}
