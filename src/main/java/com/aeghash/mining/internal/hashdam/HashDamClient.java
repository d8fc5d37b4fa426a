package com.aeghash.mining.internal.hashdam;

import com.aeghash.common.Amounts;
import com.aeghash.common.Secret;
import com.aeghash.common.VendorOutcome;
import com.aeghash.common.metrics.VendorCallMetrics;
import com.aeghash.mining.internal.hashdam.HashDamFields.UnreadableDataException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every method of the HashDam Pool API v1: {@code POST <base>} with {@code {"method": ...}}, JSON and the
 * {@code X-HASHDAM-Key} header (omitted when no key is configured, which only test environments accept).
 * Each answer goes through {@link HashDamAnswerConverter}; failures surface at once as
 * {@link HashDamNotExecutedException} or {@link HashDamOutcomeUnknownException}. No retries here: the
 * calling service decides, because only it knows whether the operation may be repeated.
 */
public class HashDamClient {

    static final String KEY_HEADER = "X-HASHDAM-Key";
    /** Answers larger than this are not read (a history page of 1000 rows is far smaller). */
    static final int ANSWER_BYTES_MAX = 8 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(HashDamClient.class);

    private final RestClient http;
    private final Supplier<URI> baseUrl;
    private final Secret apiKey;
    private final VendorCallMetrics metrics;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * @param http    carries the connect and read timeouts (see {@code MiningConfiguration})
     * @param baseUrl asked at every call: the sandbox URL is only known once the server has started
     * @param apiKey  null when not configured
     * @param metrics times every call by method and outcome
     */
    public HashDamClient(RestClient http, Supplier<URI> baseUrl, Secret apiKey, VendorCallMetrics metrics) {
        this.http = Objects.requireNonNull(http, "http");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.apiKey = apiKey;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public ProjectInfo projectInfo() {
        return single("projectInfo", request(), HashDamData::projectInfo);
    }

    public HashBalance hashBalance() {
        return single("hashBalance", request(), HashDamData::hashBalance);
    }

    /** Asks for a deposit address to buy hash credit; {@code from} (payer address) may be null. */
    public HashCreditCharge hashCreditCharge(BigDecimal amount, String from) {
        ObjectNode request = request().put("amount", Amounts.format(amount));
        putIfPresent(request, "from", from);
        return single("hashCreditCharge", request, HashDamData::hashCreditCharge);
    }

    public HashDamPage<HashCreditChargeEntry> hashCreditChargeHistory(HistoryQuery query, String chargeId) {
        ObjectNode request = paged(query);
        putIfPresent(request, "chargeId", chargeId);
        return paged("hashCreditChargeHistory", request, HashDamData::hashCreditChargeEntry);
    }

    public HashPowerSwap hashPowerSwap(BigDecimal amount) {
        return single("hashPowerSwap", request().put("amount", Amounts.format(amount)), HashDamData::hashPowerSwap);
    }

    public HashDamPage<HashPowerSwapEntry> hashPowerSwapHistory(HistoryQuery query, String swapId) {
        ObjectNode request = paged(query);
        putIfPresent(request, "swapId", swapId);
        return paged("hashPowerSwapHistory", request, HashDamData::hashPowerSwapEntry);
    }

    /** The day's hash rate; {@code date} null = the latest day the vendor has. */
    public HashRateDaily hashRateDaily(LocalDate date) {
        return single("hashRateDaily", dated(date), HashDamData::hashRateDaily);
    }

    public HashRateRecent hashRateRecently() {
        return single("hashRateRecently", request(), HashDamData::hashRateRecent);
    }

    public HashRateRecent hashRateRecentlyMega() {
        return single("hashRateRecentlyMega", request(), HashDamData::hashRateRecent);
    }

    /** The project's coins mined on a day; {@code date} null = the latest day. */
    public DailyProfit profitDaily(LocalDate date) {
        return single("profitDaily", dated(date), HashDamData::dailyProfit);
    }

    /** Coins mined per 1 MH/s on a day; {@code date} null = the latest day. */
    public DailyProfit profitDailyMega(LocalDate date) {
        return single("profitDailyMega", dated(date), HashDamData::dailyProfit);
    }

    public AssetBalances assetBalance() {
        return single("assetBalance", request(), HashDamData::assetBalances);
    }

    /** Withdrawal history; {@code coin} and {@code withdrawId} are optional filters. */
    public HashDamPage<WithdrawEntry> assetWithdrawHistory(HistoryQuery query, String coin, String withdrawId) {
        ObjectNode request = paged(query);
        putIfPresent(request, "coin", coin);
        putIfPresent(request, "withdrawId", withdrawId);
        return paged("assetWithdrawHistory", request, HashDamData::withdrawEntry);
    }

    /**
     * Withdraws mined coins to the platform's exchange account. The vendor takes no idempotency key: after
     * {@link HashDamOutcomeUnknownException} the request may exist; look it up in the history before resending.
     */
    public WithdrawReceipt assetWithdrawRequest(String coin, BigDecimal amount) {
        ObjectNode request = request().put("coin", coin).put("amount", Amounts.format(amount));
        return single("assetWithdrawRequest", request, HashDamData::withdrawReceipt);
    }

    private <T> T single(String method, ObjectNode request, Function<JsonNode, T> reader) {
        return metrics.time(
                method,
                () -> {
                    JsonNode envelope = call(method, request);
                    return readData(method, () -> reader.apply(envelope.path("data")));
                },
                HashDamClient::outcomeOf);
    }

    private <T> HashDamPage<T> paged(String method, ObjectNode request, Function<JsonNode, T> itemReader) {
        return metrics.time(
                method,
                () -> {
                    JsonNode envelope = call(method, request);
                    return readData(method, () -> HashDamData.page(envelope, itemReader));
                },
                HashDamClient::outcomeOf);
    }

    private static VendorOutcome outcomeOf(RuntimeException failure) {
        return failure instanceof HashDamNotExecutedException ? VendorOutcome.FAILED_DEFINITE : VendorOutcome.UNKNOWN;
    }

    private static <T> T readData(String method, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (UnreadableDataException unreadable) {
            // code 0 means the vendor executed the call; data we cannot read leaves the result unknown.
            throw new HashDamOutcomeUnknownException(
                    method, "unreadable data: " + unreadable.getMessage(), null, unreadable);
        }
    }

    private JsonNode call(String method, ObjectNode request) {
        ObjectNode body = json.createObjectNode().put("method", method);
        body.setAll(request);
        URI target;
        try {
            target = baseUrl.get();
        } catch (IllegalStateException notConfigured) {
            throw new HashDamNotExecutedException(method, notConfigured.getMessage(), null, notConfigured);
        }
        HashDamAnswerConverter.Conversion conversion = exchange(target, json.writeValueAsBytes(body));
        log.debug("HashDam {} -> {} ({})", method, conversion.outcome(), conversion.reason());
        return switch (conversion.outcome()) {
            case SUCCEEDED -> conversion.envelope();
            case FAILED_DEFINITE ->
                throw new HashDamNotExecutedException(method, conversion.reason(), conversion.vendorMessage(), null);
            case UNKNOWN ->
                throw new HashDamOutcomeUnknownException(method, conversion.reason(), conversion.vendorMessage(), null);
        };
    }

    private HashDamAnswerConverter.Conversion exchange(URI target, byte[] body) {
        try {
            return http.post()
                    .uri(target)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(headers -> {
                        if (apiKey != null) {
                            headers.set(KEY_HEADER, apiKey.reveal());
                        }
                    })
                    .body(body)
                    .exchange((clientRequest, response) -> HashDamAnswerConverter.ofResponse(
                            response.getStatusCode().value(),
                            readAnswer(response.getBody().readNBytes(ANSWER_BYTES_MAX + 1)),
                            json));
        } catch (RestClientException failure) {
            return HashDamAnswerConverter.ofFailure(failure);
        }
    }

    private static String readAnswer(byte[] bytes) throws IOException {
        if (bytes.length > ANSWER_BYTES_MAX) {
            throw new IOException("answer larger than " + ANSWER_BYTES_MAX + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private ObjectNode request() {
        return json.createObjectNode();
    }

    private ObjectNode dated(LocalDate date) {
        ObjectNode request = request();
        if (date != null) {
            request.put("date", date.toString());
        }
        return request;
    }

    private ObjectNode paged(HistoryQuery query) {
        ObjectNode request =
                request().put("page", query.page()).put("limit", query.limit()).put("sort", query.newestFirst());
        if (query.startDate() != null) {
            request.put("startDate", query.startDate().toString());
        }
        if (query.endDate() != null) {
            request.put("endDate", query.endDate().toString());
        }
        return request;
    }

    private static void putIfPresent(ObjectNode request, String field, String value) {
        if (value != null && !value.isBlank()) {
            request.put(field, value);
        }
    }
}
