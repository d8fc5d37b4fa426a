package com.aeghash.partner.internal.events;

import com.aeghash.idempotency.IdempotencyKey;
import com.aeghash.partner.internal.authentication.SignatureCheck;
import com.aeghash.partner.internal.authentication.SignatureScheme;
import com.aeghash.partner.internal.settings.PartnerSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one {@link InboundEvent} per partner call when its response is known: one insert, outside any business
 * transaction (the event is kept even when the work rolled back). A failure to write it is logged and does not
 * change the partner's response. A call marked {@link Draft#countOnly()} (its key named no partner, or its address
 * is past its failure budget) is only counted ({@link RejectedCallCounts}), so that no flood writes a row per call.
 * Every refused call also counts in the metric {@value #REJECTED_CALLS_METRIC} (tags {@code check}, {@code stored}).
 */
@Component
public class InboundEventLog {

    private static final Logger log = LoggerFactory.getLogger(InboundEventLog.class);
    private static final int PATH_LENGTH_MAX = 255;
    private static final int ADDRESS_LENGTH_MAX = 64;
    static final String REJECTED_CALLS_METRIC = "aeghash.partner.rejected.calls";

    private final InboundEventRepository events;
    private final RejectedCallCounts rejectedCalls;
    private final MeterRegistry meters;
    private final JsonMapper json;

    InboundEventLog(
            InboundEventRepository events, RejectedCallCounts rejectedCalls, MeterRegistry meters, JsonMapper json) {
        this.events = events;
        this.rejectedCalls = rejectedCalls;
        this.meters = meters;
        this.json = json;
    }

    public Draft start(Instant receivedAt, String remoteAddress, HttpServletRequest request) {
        return new Draft(
                receivedAt,
                System.nanoTime(),
                truncate(remoteAddress, ADDRESS_LENGTH_MAX),
                request.getMethod(),
                truncate(request.getRequestURI(), PATH_LENGTH_MAX));
    }

    public void finish(Draft draft, ContentCachingResponseWrapper response) {
        int status = draft.failed ? 500 : response.getStatus();
        if (!draft.check.isValid()) {
            meters.counter(
                            REJECTED_CALLS_METRIC,
                            "check",
                            draft.check.name(),
                            "stored",
                            Boolean.toString(!draft.counted))
                    .increment();
        }
        if (draft.counted) {
            rejectedCalls.count(draft.check, draft.partnerId, status, draft.remoteAddress);
            return;
        }
        InboundEvent event = new InboundEvent(
                0,
                draft.receivedAt,
                draft.partnerId,
                draft.keyId,
                draft.remoteAddress,
                draft.method,
                draft.path,
                draft.queryText,
                draft.idempotencyKey,
                draft.check,
                draft.scheme,
                draft.requestBody,
                status,
                status >= 400 ? problemCode(response) : null,
                "true".equals(response.getHeader(IdempotencyKey.REPLAYED_HEADER)),
                (System.nanoTime() - draft.startedNanos) / 1_000_000,
                null);
        try {
            events.insert(event);
        } catch (RuntimeException unrecorded) {
            log.error(
                    "could not record the inbound partner event {} {} (status {})",
                    draft.method,
                    draft.path,
                    status,
                    unrecorded);
        }
    }

    private String problemCode(ContentCachingResponseWrapper response) {
        try {
            JsonNode code = json.readTree(response.getContentAsByteArray()).get("code");
            return code != null && code.isString() ? truncate(code.stringValue(), 64) : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** What is known of a call while it is being handled. */
    public static final class Draft {
        private final Instant receivedAt;
        private final long startedNanos;
        private final String remoteAddress;
        private final String method;
        private final String path;
        private SignatureCheck check = SignatureCheck.MALFORMED;
        private SignatureScheme scheme;
        private String partnerId;
        private String keyId;
        private String requestBody;
        private String queryText;
        private String idempotencyKey;
        private boolean failed;
        private boolean counted;

        private Draft(Instant receivedAt, long startedNanos, String remoteAddress, String method, String path) {
            this.receivedAt = receivedAt;
            this.startedNanos = startedNanos;
            this.remoteAddress = remoteAddress;
            this.method = method;
            this.path = path;
        }

        public String remoteAddress() {
            return remoteAddress;
        }

        public void check(
                SignatureCheck result, SignatureScheme signedWith, PartnerSettings partner, String presentedKeyId) {
            this.check = result;
            this.scheme = signedWith;
            this.partnerId = partner == null ? null : partner.id();
            this.keyId = truncate(presentedKeyId, 128);
        }

        /** Kept only after a valid signature, so that the call can be re-processed. */
        public void request(byte[] body, String query, String key) {
            this.requestBody = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
            this.queryText = truncate(query, 2048);
            this.idempotencyKey = key;
        }

        public void failed() {
            this.failed = true;
        }

        /** The call gets no inbound event of its own: it is counted with the others refused for its reason. */
        public void countOnly() {
            this.counted = true;
        }
    }
}
