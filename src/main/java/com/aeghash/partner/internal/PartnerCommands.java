package com.aeghash.partner.internal;

import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
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
class PartnerCommands {

    static final String LEGACY_KEY_PREFIX = "legacy:";

    private final IdempotentExecutor executor;
    private final CanonicalJson canonicalJson;
    private final PartnerOrderService orders;
    private final HashpowerCreditService hashpower;
    private final PartnerProblems problems;
    private final JsonMapper json;

    PartnerCommands(IdempotentExecutor executor, CanonicalJson canonicalJson, PartnerOrderService orders,
            HashpowerCreditService hashpower, PartnerProblems problems, JsonMapper json) {
        this.json = json;
        this.executor = executor;
        this.canonicalJson = canonicalJson;
        this.orders = orders;
        this.hashpower = hashpower;
        this.problems = problems;
    }

    PartnerResponse createOrder(AuthenticatedCall call, OrderRequest order, String path) {
        PartnerLimitsCheck.order(call.partner(), order);
        String metadata = OrderMetadata.textOf(order.metadata(), json);
        IdempotentRequest request = request(call, "orders.create", path);
        return executor.execute(request, () -> PartnerResponse.of(HttpStatus.CREATED.value(),
                problems.toJson(orders.create(call.partner(), order, metadata))));
    }

    PartnerResponse refundOrder(AuthenticatedCall call, String orderId, RefundRequest refund, String path) {
        if (!orderId.matches(PartnerShapes.IDENTIFIER)) {
            throw ApiException.validation("orderId", PartnerShapes.IDENTIFIER_MESSAGE);
        }
        IdempotentRequest request = request(call, "orders.refund:" + orderId, path);
        return executor.execute(request, () -> PartnerResponse.of(HttpStatus.OK.value(),
                problems.toJson(orders.refund(call.partner(), orderId, refund))));
    }

    PartnerResponse creditHashpower(AuthenticatedCall call, HashpowerRequest credit, String path) {
        PartnerLimitsCheck.hashpower(call.partner(), credit.amount(), "amount");
        IdempotentRequest request = request(call, "hashpower.credit", path);
        return executor.execute(request, () -> PartnerResponse.of(HttpStatus.CREATED.value(),
                problems.toJson(hashpower.credit(call.partner(), credit, HashpowerAccrual.Source.API))));
    }

    /**
     * Legacy {@code GET /api/from/}: idempotent on {@code (from, nonce)}. The key is {@code legacy:<nonce>}, the
     * payload is {@code from, uid, app, hash}: the same nonce with other values is a 409 conflict, the same
     * values (even re-signed with a new {@code ts}) replay the first answer.
     */
    PartnerResponse creditLegacy(PartnerSettings partner, LegacyCredit credit, String path) {
        MemberIds.require(credit.uid(), "uid");
        if (credit.app() != null && !credit.app().matches(PartnerShapes.IDENTIFIER)) {
            throw ApiException.validation("app", PartnerShapes.IDENTIFIER_MESSAGE);
        }
        BigDecimal amount = legacyAmount(credit.hash());
        PartnerLimitsCheck.hashpower(partner, amount, "hash");
        Map<String, String> payload = new TreeMap<>(Map.of("from", partner.id(), "uid", credit.uid(),
                "hash", Amounts.format(amount)));
        if (credit.app() != null) {
            payload.put("app", credit.app());
        }
        IdempotentRequest request = new IdempotentRequest(partner.id(), LEGACY_KEY_PREFIX + credit.nonce(),
                "legacy.hashpower", CanonicalJson.sha256("legacy.hashpower\n" + LegacyQueryCanonicalizer.canonical(payload)),
                path);
        HashpowerRequest asCredit = new HashpowerRequest(credit.uid(), amount, credit.app(),
                LEGACY_KEY_PREFIX + credit.nonce());
        return executor.execute(request, () -> PartnerResponse.of(HttpStatus.OK.value(),
                problems.toJson(hashpower.credit(partner, asCredit, HashpowerAccrual.Source.LEGACY))));
    }

    private IdempotentRequest request(AuthenticatedCall call, String operation, String path) {
        if (call.idempotencyKey() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "idempotency_key_missing",
                    "header Idempotency-Key is required: 8-255 printable ASCII characters");
        }
        byte[] body = call.rawBody() == null ? "".getBytes(StandardCharsets.UTF_8) : call.rawBody();
        return new IdempotentRequest(call.partner().id(), call.idempotencyKey(), operation,
                canonicalJson.hash(operation, body), path);
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
    record LegacyCredit(String uid, String app, String hash, String nonce) {
    }
}
