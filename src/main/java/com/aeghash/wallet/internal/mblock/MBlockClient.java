package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.Secret;
import com.aeghash.common.VendorOutcome;
import com.aeghash.common.metrics.VendorCallMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every method of the MBlock API (v1.4): one {@code POST} to the base URL (read per call from
 * {@code VendorEndpoints}) with {@code X-MBLOCK-Key} and a JSON body naming the method. Failures surface at
 * once, never retried here, as {@link MBlockNotExecutedException} or {@link MBlockOutcomeUnknownException},
 * decided by {@link MBlockAnswerConverter}. Request bodies carry wallet keys: they are never logged.
 */
public class MBlockClient {

    static final String KEY_HEADER = "X-MBLOCK-Key";
    private static final int ANSWER_BYTES_MAX = 1024 * 1024;
    private static final Pattern ADDRESS = Pattern.compile("^0x[0-9a-fA-F]{40}$");
    private static final Logger log = LoggerFactory.getLogger(MBlockClient.class);

    private final RestClient http;
    private final Supplier<URI> baseUrl;
    private final Supplier<Secret> apiKey;
    private final JsonMapper json;
    private final VendorCallMetrics metrics;

    public MBlockClient(
            RestClient http,
            Supplier<URI> baseUrl,
            Supplier<Secret> apiKey,
            JsonMapper json,
            VendorCallMetrics metrics) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.json = json;
        this.metrics = metrics;
    }

    /** Native BNB balance when {@code contract} is null, else that token's balance. */
    public BigDecimal balanceOf(String address, String contract) {
        ObjectNode body = json.createObjectNode().put("address", address);
        putIfPresent(body, "contract", contract);
        return read(MBlockMethod.BALANCE_OF, body, answer -> answer.requiredAmount("amount"));
    }

    public MBlockReceipt receiptByHash(String txid, String contract) {
        ObjectNode body = json.createObjectNode().put("txid", txid);
        putIfPresent(body, "contract", contract);
        return read(
                MBlockMethod.RECEIPT_BY_HASH,
                body,
                answer -> new MBlockReceipt(
                        txid,
                        answer.requiredText("from"),
                        answer.requiredText("to"),
                        answer.requiredAmount("amount"),
                        answer.optionalText("message")));
    }

    /** Sends a transfer and waits for its receipt (the vendor waits up to ~10 s); returns the txid. */
    public String transferByWalletKey(Secret walletKey, String contract, String to, BigDecimal amount) {
        ObjectNode body = json.createObjectNode()
                .put("walletKey", walletKey.reveal())
                .put("to", to)
                .put("amount", amount.toPlainString());
        putIfPresent(body, "contract", contract);
        return read(MBlockMethod.TRANSFER_BY_WALLET_KEY, body, answer -> answer.requiredText("txid"));
    }

    public MBlockNewWallet requestWallet() {
        return read(MBlockMethod.REQUEST_WALLET, json.createObjectNode(), answer -> {
            String address = answer.requiredText("address");
            if (!ADDRESS.matcher(address).matches()) {
                throw new MBlockAnswer.Malformed("field 'address' is not a 0x address");
            }
            return new MBlockNewWallet(address, Secret.of(answer.requiredText("walletKey")));
        });
    }

    /** Rotates a wallet key; the old one stops working at once. */
    public Secret refreshWallet(Secret walletKey) {
        ObjectNode body = json.createObjectNode().put("walletKey", walletKey.reveal());
        return read(MBlockMethod.REFRESH_WALLET, body, answer -> Secret.of(answer.requiredText("walletKey")));
    }

    public MBlockTransitConfig readTransitConfig() {
        return read(MBlockMethod.TRANSIT_CONFIG_READ, json.createObjectNode(), this::configOf);
    }

    /** Saves the configuration (an empty one resets it) and returns what the vendor saved. */
    public MBlockTransitConfig saveTransitConfig(MBlockTransitConfig config) {
        ObjectNode body = json.createObjectNode();
        body.set("config", configNode(config));
        return read(MBlockMethod.TRANSIT_CONFIG_SAVE, body, this::configOf);
    }

    /**
     * Starts an asynchronous transit and returns its token. {@code amount} null moves the whole token
     * balance; {@code override} (may be null) replaces only the configuration fields it names.
     */
    public String transitByWalletKey(
            Secret walletKey, String contract, String to, BigDecimal amount, MBlockTransitConfig override) {
        ObjectNode body = json.createObjectNode()
                .put("walletKey", walletKey.reveal())
                .put("contract", contract)
                .put("to", to);
        if (amount != null) {
            body.put("amount", amount.toPlainString());
        }
        if (override != null && !override.isEmpty()) {
            body.set("config", configNode(override));
        }
        return read(MBlockMethod.TRANSIT_BY_WALLET_KEY, body, answer -> answer.requiredText("token"));
    }

    private <T> T read(MBlockMethod method, ObjectNode body, AnswerReader<T> reader) {
        return metrics.time(method.wireName(), () -> readUntimed(method, body, reader), MBlockClient::outcomeOf);
    }

    private static VendorOutcome outcomeOf(RuntimeException failure) {
        return failure instanceof MBlockNotExecutedException ? VendorOutcome.FAILED_DEFINITE : VendorOutcome.UNKNOWN;
    }

    private <T> T readUntimed(MBlockMethod method, ObjectNode body, AnswerReader<T> reader) {
        MBlockAnswer answer = call(method, body);
        try {
            T result = reader.read(answer);
            log.debug("MBlock {} succeeded", method.wireName());
            return result;
        } catch (MBlockAnswer.Malformed | IllegalArgumentException malformed) {
            throw failure(
                    method,
                    MBlockAnswerConverter.ofMalformedAnswer(method),
                    null,
                    null,
                    "answer breaks the contract: " + malformed.getMessage(),
                    false,
                    null,
                    null);
        }
    }

    private MBlockAnswer call(MBlockMethod method, ObjectNode body) {
        Secret key = apiKey.get();
        if (key == null) {
            throw new MBlockNotExecutedException(
                    method, null, null, "MBLOCK_API_KEY is not configured; nothing was sent", false, null);
        }
        body.put("method", method.wireName());
        String requestJson = json.writeValueAsString(body);
        RawAnswer raw;
        try {
            raw = http.post()
                    .uri(baseUrl.get())
                    .header(KEY_HEADER, key.reveal())
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(requestJson)
                    .exchange(
                            (request, response) ->
                                    new RawAnswer(response.getStatusCode().value(), readBounded(response.getBody())),
                            true);
        } catch (ResourceAccessException transport) {
            VendorOutcome outcome = MBlockAnswerConverter.ofTransportFailure(method, transport);
            boolean neverSent = MBlockAnswerConverter.neverSent(transport);
            throw failure(
                    method,
                    outcome,
                    null,
                    null,
                    (neverSent ? "not sent: " : "no answer: ") + rootMessage(transport),
                    neverSent,
                    null,
                    transport);
        }
        return interpret(method, raw);
    }

    private MBlockAnswer interpret(MBlockMethod method, RawAnswer raw) {
        JsonNode body = parse(raw.body());
        JsonNode result = body == null ? null : body.get("result");
        boolean envelope = result != null && result.isBoolean();
        if (envelope && !result.booleanValue()) {
            String message =
                    body.path("message").isString() ? body.path("message").stringValue() : null;
            MBlockError error = MBlockError.fromMessage(message).orElse(null);
            String txid = body.path("txid").isString() ? body.path("txid").stringValue() : null;
            throw failure(
                    method,
                    MBlockAnswerConverter.ofError(method, error),
                    error,
                    message,
                    "vendor error " + (error == null ? "(unlisted)" : error.number()) + ": " + message,
                    false,
                    txid,
                    null);
        }
        if (raw.status() < 200 || raw.status() > 299) {
            throw failure(
                    method,
                    MBlockAnswerConverter.ofHttpStatus(method, raw.status()),
                    null,
                    null,
                    "HTTP status " + raw.status(),
                    false,
                    null,
                    null);
        }
        if (!envelope) {
            throw failure(
                    method,
                    MBlockAnswerConverter.ofMalformedAnswer(method),
                    null,
                    null,
                    "answer is not the MBlock envelope (no boolean 'result')",
                    false,
                    null,
                    null);
        }
        return new MBlockAnswer(body);
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(text);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static MBlockException failure(
            MBlockMethod method,
            VendorOutcome outcome,
            MBlockError error,
            String vendorMessage,
            String detail,
            boolean transientFailure,
            String txid,
            Throwable cause) {
        log.debug("MBlock {} failed ({}): {}", method.wireName(), outcome, detail);
        if (outcome == VendorOutcome.UNKNOWN) {
            return new MBlockOutcomeUnknownException(
                    method, error, vendorMessage, "outcome unknown, " + detail, txid, cause);
        }
        return new MBlockNotExecutedException(
                method, error, vendorMessage, "not executed, " + detail, transientFailure, cause);
    }

    private MBlockTransitConfig configOf(MBlockAnswer answer) {
        JsonNode config = answer.optionalObject("config");
        if (config == null) {
            return MBlockTransitConfig.empty();
        }
        MBlockAnswer fields = new MBlockAnswer(config);
        return new MBlockTransitConfig(
                config.has("fee") ? fields.requiredAmount("fee") : null,
                Secret.ofNullable(fields.optionalText("feeWalletKey")),
                config.path("delay").isNumber() ? config.path("delay").intValue() : null,
                config.path("count").isNumber() ? config.path("count").intValue() : null,
                config.path("callback").isString()
                        ? URI.create(config.path("callback").stringValue())
                        : null);
    }

    private ObjectNode configNode(MBlockTransitConfig config) {
        ObjectNode node = json.createObjectNode();
        if (config.fee() != null) {
            node.put("fee", config.fee());
        }
        if (config.feeWalletKey() != null) {
            node.put("feeWalletKey", config.feeWalletKey().reveal());
        }
        if (config.delaySeconds() != null) {
            node.put("delay", config.delaySeconds());
        }
        if (config.count() != null) {
            node.put("count", config.count());
        }
        if (config.callback() != null) {
            node.put("callback", config.callback().toString());
        }
        return node;
    }

    private static void putIfPresent(ObjectNode body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static String readBounded(InputStream body) throws IOException {
        if (body == null) {
            return "";
        }
        byte[] bytes = body.readNBytes(ANSWER_BYTES_MAX + 1);
        if (bytes.length > ANSWER_BYTES_MAX) {
            throw new IOException("answer exceeds " + ANSWER_BYTES_MAX + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    private record RawAnswer(int status, String body) {}

    @FunctionalInterface
    private interface AnswerReader<T> {
        T read(MBlockAnswer answer);
    }
}
