package com.aeghash.partner.internal;

import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.idempotency.IdempotentRequest;
import com.aeghash.idempotency.IdempotentRequests;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.idempotency.IdempotentResponses;
import com.aeghash.partner.internal.authentication.AuthenticatedCall;
import com.aeghash.partner.internal.authentication.LegacyQueryCanonicalizer;
import com.aeghash.partner.internal.hashpower.HashpowerAccrual;
import com.aeghash.partner.internal.hashpower.HashpowerCreditService;
import com.aeghash.partner.internal.hashpower.HashpowerRequest;
import com.aeghash.partner.internal.orders.OrderLines;
import com.aeghash.partner.internal.orders.OrderMetadata;
import com.aeghash.partner.internal.orders.OrderRequest;
import com.aeghash.partner.internal.orders.PartnerOrderService;
import com.aeghash.partner.internal.orders.RefundRequest;
import com.aeghash.partner.internal.settings.PartnerLimitsCheck;
import com.aeghash.partner.internal.settings.PartnerSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partner API's use cases, shared by the controllers and the re-processing of failed events: checks on
 * the payload alone first (they never consume an idempotency key), then the work under the key.
 */
@Component
public class PartnerCommands {

    static final String LEGACY_KEY_PREFIX = "legacy:";

    private final IdempotentRequests idempotency;
    private final CanonicalJson canonicalJson;
    private final PartnerOrderService orders;
    private final HashpowerCreditService hashpower;
    private final IdempotentResponses responses;
    private final JsonMapper json;

    PartnerCommands(
            IdempotentRequests idempotency,
            CanonicalJson canonicalJson,
            PartnerOrderService orders,
            HashpowerCreditService hashpower,
            IdempotentResponses responses,
            JsonMapper json) {
        this.json = json;
        this.idempotency = idempotency;
        this.canonicalJson = canonicalJson;
        this.orders = orders;
        this.hashpower = hashpower;
        this.responses = responses;
    }

    public IdempotentResponse createOrder(AuthenticatedCall call, OrderRequest order, String path) {
        OrderLines.checkShape(order);
        PartnerLimitsCheck.order(call.partner(), order);
        String metadata = OrderMetadata.textOf(order.metadata(), json);
        IdempotentRequest request = request(call, "orders.create", path);
        return idempotency.execute(
                request,
                recordId -> responses.json(HttpStatus.CREATED, orders.create(call.partner(), order, metadata)));
    }

    public IdempotentResponse refundOrder(AuthenticatedCall call, String orderId, RefundRequest refund, String path) {
        if (!orderId.matches(PartnerShapes.IDENTIFIER)) {
            throw ApiException.validation("orderId", PartnerShapes.IDENTIFIER_MESSAGE);
        }
        IdempotentRequest request = request(call, "orders.refund:" + orderId, path);
        return idempotency.execute(
                request, recordId -> responses.json(HttpStatus.OK, orders.refund(call.partner(), orderId, refund)));
    }

    public IdempotentResponse creditHashpower(AuthenticatedCall call, HashpowerRequest credit, String path) {
        PartnerLimitsCheck.hashpower(call.partner(), credit.amount(), "amount");
        IdempotentRequest request = request(call, "hashpower.credit", path);
        return idempotency.execute(
                request,
                recordId -> responses.json(
                        HttpStatus.CREATED, hashpower.credit(call.partner(), credit, HashpowerAccrual.Source.API)));
    }

    /**
     * Legacy {@code GET /api/from/}: idempotent on {@code (from, nonce)}. The key is {@code legacy:<nonce>}, the
     * payload is {@code from, uid, app, hash}: the same nonce with other values is a 409 conflict, the same
     * values (even re-signed with a new {@code ts}) replay the first response.
     */
    public IdempotentResponse creditLegacy(PartnerSettings partner, LegacyCredit credit, String path) {
        MemberIds.require(credit.uid(), "uid");
        if (credit.app() != null && !credit.app().matches(PartnerShapes.IDENTIFIER)) {
            throw ApiException.validation("app", PartnerShapes.IDENTIFIER_MESSAGE);
        }
        BigDecimal amount = legacyAmount(credit.hash());
        PartnerLimitsCheck.hashpower(partner, amount, "hash");
        Map<String, String> payload =
                new TreeMap<>(Map.of("from", partner.id(), "uid", credit.uid(), "hash", Amounts.format(amount)));
        if (credit.app() != null) {
            payload.put("app", credit.app());
        }
        IdempotentRequest request = new IdempotentRequest(
                IdempotentRequest.partner(partner.id()),
                LEGACY_KEY_PREFIX + credit.nonce(),
                "legacy.hashpower",
                CanonicalJson.sha256("legacy.hashpower\n" + LegacyQueryCanonicalizer.canonical(payload)),
                path);
        HashpowerRequest asCredit =
                new HashpowerRequest(credit.uid(), amount, credit.app(), LEGACY_KEY_PREFIX + credit.nonce());
        return idempotency.execute(
                request,
                recordId -> responses.json(
                        HttpStatus.OK, hashpower.credit(partner, asCredit, HashpowerAccrual.Source.LEGACY)));
    }

    private IdempotentRequest request(AuthenticatedCall call, String operation, String path) {
        String key = IdempotencyKey.require(call.idempotencyKey());
        byte[] body = call.rawBody() == null ? "".getBytes(StandardCharsets.UTF_8) : call.rawBody();
        return new IdempotentRequest(
                IdempotentRequest.partner(call.partner().id()),
                key,
                operation,
                canonicalJson.hash(operation, body),
                path);
    }

    private static BigDecimal legacyAmount(String hash) {
        try {
            BigDecimal amount = Amounts.parse(hash);
            if (amount.signum() > 0) {
                return amount;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw ApiException.validation("hash", "must be a positive decimal with at most 8 decimals");
    }

    /** The business parameters of a legacy call ({@code uid}, {@code app}, {@code hash}) and its nonce. */
    public record LegacyCredit(String uid, String app, String hash, String nonce) {}
}
