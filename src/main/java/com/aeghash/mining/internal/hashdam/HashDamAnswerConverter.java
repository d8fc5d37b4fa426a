package com.aeghash.mining.internal.hashdam;

import com.aeghash.common.VendorOutcome;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one converter from anything HashDam (or the network) answers to {@link VendorOutcome}. Every case is
 * listed once with the reason it means what it means; the client turns the result into data or a typed
 * exception and never retries by itself.
 */
final class HashDamAnswerConverter {

    /** The outcome, the parsed envelope when there is one, and why. */
    public record Conversion(VendorOutcome outcome, JsonNode envelope, String reason, String vendorMessage) {}

    private HashDamAnswerConverter() {}

    /** An HTTP response arrived (any status); {@code body} is its text, possibly empty. */
    public static Conversion ofResponse(int status, String body, JsonMapper json) {
        if (status == 408) {
            // 408: the server (or a proxy that may already have forwarded the request) gave up waiting.
            return unknown("HTTP 408 request timeout");
        }
        if (status == 429) {
            // 429: rate limited at the gateway; the request was refused before being processed.
            return definite("HTTP 429 too many requests", null);
        }
        if (status >= 400 && status < 500) {
            // Other 4xx: the request was refused as sent (route, size, gateway authentication); not processed.
            return definite("HTTP " + status, envelopeMessage(body, json));
        }
        if (status >= 500) {
            // 5xx: the vendor or a gateway failed, possibly after executing the call.
            return unknown("HTTP " + status);
        }
        if (status < 200 || status >= 300) {
            // 1xx/3xx: not an answer of the vendor's API; what happened behind it cannot be told.
            return unknown("unexpected HTTP " + status);
        }
        return ofEnvelope(body, json);
    }

    private static Conversion ofEnvelope(String body, JsonMapper json) {
        JsonNode envelope = parse(body, json);
        if (envelope == null || !envelope.isObject() || !envelope.path("code").isNumber()) {
            // 2xx without the vendor envelope (empty, truncated, a proxy's page): sent, outcome unreadable.
            return unknown("answer is not a HashDam envelope");
        }
        int code = envelope.path("code").asInt();
        String message =
                envelope.path("message").isString() ? envelope.path("message").stringValue() : null;
        if (code == 0) {
            // code 0: the vendor executed the call; the data is in the envelope.
            return new Conversion(VendorOutcome.SUCCEEDED, envelope, "ok", message);
        }
        if (message == null || message.isBlank()) {
            // code != 0 without an error text: something went wrong, but nothing proves it did not execute.
            return unknown("error code " + code + " without a message");
        }
        // code != 0 with an error text (Invalid API Key, Not found or Unsupported coin symbol, ...): the
        // vendor refused the call; per contract nothing was executed.
        return definite("refused: " + message, message);
    }

    /** The call threw before a response could be read. */
    public static Conversion ofFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof UnresolvedAddressException
                    || cause instanceof SSLHandshakeException) {
                // No connection was established (refused, unreachable, unresolvable, TLS failed): nothing sent.
                return definite("not connected: " + describe(cause), null);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                // Read timeout: the request was sent and no answer came in time.
                return unknown("timed out: " + describe(cause));
            }
        }
        // Anything else (connection reset, closed or cut mid-answer): the request may have been processed.
        return unknown("connection failed: " + describe(failure));
    }

    private static String envelopeMessage(String body, JsonMapper json) {
        JsonNode envelope = parse(body, json);
        return envelope != null && envelope.path("message").isString()
                ? envelope.path("message").stringValue()
                : null;
    }

    private static JsonNode parse(String body, JsonMapper json) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }

    private static Conversion definite(String reason, String vendorMessage) {
        return new Conversion(VendorOutcome.FAILED_DEFINITE, null, reason, vendorMessage);
    }

    private static Conversion unknown(String reason) {
        return new Conversion(VendorOutcome.UNKNOWN, null, reason, null);
    }
}
