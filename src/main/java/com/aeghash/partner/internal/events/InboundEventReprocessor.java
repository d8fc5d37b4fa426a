package com.aeghash.partner.internal.events;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.partner.internal.PartnerCommands;
import com.aeghash.partner.internal.authentication.AuthenticatedCall;
import com.aeghash.partner.internal.authentication.PartnerAuthenticationFilter;
import com.aeghash.partner.internal.authentication.PartnerCallExtractor;
import com.aeghash.partner.internal.hashpower.HashpowerRequest;
import com.aeghash.partner.internal.orders.OrderRequest;
import com.aeghash.partner.internal.orders.RefundRequest;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.partner.internal.settings.PartnerSettings;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-processes a failed inbound event (valid signature, responded with a 5xx) for an administrator: the stored request
 * goes through the same use case with the same idempotency key, so whatever happened meanwhile (the partner's
 * own retry succeeded, or not) nothing is done twice. The signature is not checked again: it was valid when
 * the call arrived, and the timestamp window has usually passed since.
 */
@Component
public class InboundEventReprocessor {

    private static final Pattern REFUND_PATH = Pattern.compile("^/api/aegmall/v1/orders/([^/]+)/refund$");

    private final InboundEventRepository events;
    private final PartnerRegistry registry;
    private final PartnerCommands commands;
    private final JsonMapper json;
    private final Validator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    InboundEventReprocessor(
            InboundEventRepository events,
            PartnerRegistry registry,
            PartnerCommands commands,
            JsonMapper json,
            Validator validator,
            AuditLog auditLog,
            Clock clock) {
        this.events = events;
        this.registry = registry;
        this.commands = commands;
        this.json = json;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public IdempotentResponse reprocess(long eventId, String operator) {
        InboundEvent event = events.find(eventId).orElseThrow(() -> ApiException.notFound("event " + eventId));
        if (!event.isReprocessable()) {
            throw ApiException.conflict(
                    "not_reprocessable",
                    "only events with a valid signature whose processing failed (5xx) can be re-processed");
        }
        PartnerSettings partner = registry.byId(event.partnerId())
                .orElseThrow(() -> ApiException.unprocessable(
                        "partner_not_configured", "partner " + event.partnerId() + " is no longer configured"));
        IdempotentResponse response = dispatch(event, partner);
        events.recordReprocessing(
                eventId, new InboundEvent.Reprocessing(clock.instant(), operator, response.status(), codeOf(response)));
        auditLog.record(
                operator,
                "partner.event_reprocessed",
                "partner-event:" + eventId,
                Map.of(
                        "partner",
                        partner.id(),
                        "keyId",
                        partner.keyId(),
                        "path",
                        event.path(),
                        "status",
                        Integer.toString(response.status())));
        return response;
    }

    private IdempotentResponse dispatch(InboundEvent event, PartnerSettings partner) {
        byte[] body =
                event.requestBody() == null ? new byte[0] : event.requestBody().getBytes(StandardCharsets.UTF_8);
        AuthenticatedCall call = new AuthenticatedCall(partner, body, event.idempotencyKey());
        String path = event.path();
        Matcher refund = REFUND_PATH.matcher(path);
        if ("POST".equals(event.method()) && path.equals("/api/aegmall/v1/orders")) {
            return commands.createOrder(call, parsed(body, OrderRequest.class), path);
        }
        if ("POST".equals(event.method()) && refund.matches()) {
            RefundRequest request = body.length == 0 ? null : parsed(body, RefundRequest.class);
            return commands.refundOrder(call, refund.group(1), request, path);
        }
        if ("POST".equals(event.method()) && path.equals("/api/aegmall/v1/hashpower")) {
            return commands.creditHashpower(call, parsed(body, HashpowerRequest.class), path);
        }
        if ("GET".equals(event.method()) && PartnerAuthenticationFilter.isLegacy(path)) {
            Map<String, String> query = PartnerCallExtractor.queryParameters(event.queryText());
            if (query == null) {
                throw notReprocessable("its stored query cannot be read");
            }
            return commands.creditLegacy(
                    partner,
                    new PartnerCommands.LegacyCredit(
                            query.get("uid"), query.get("app"), query.get("hash"), query.get("nonce")),
                    path);
        }
        throw notReprocessable("it is not a partner operation");
    }

    private <T> T parsed(byte[] body, Class<T> type) {
        T request;
        try {
            request = json.readValue(body, type);
        } catch (JacksonException unreadable) {
            throw notReprocessable("its stored body cannot be read as " + type.getSimpleName());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw notReprocessable("its stored body is invalid");
        }
        return request;
    }

    private static ApiException notReprocessable(String reason) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT, "not_reprocessable", "the event cannot be re-processed: " + reason);
    }

    private String codeOf(IdempotentResponse response) {
        if (!response.isProblem()) {
            return null;
        }
        try {
            var code = json.readTree(response.body()).get("code");
            return code != null && code.isString() ? code.stringValue() : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
