package com.aeghash.partner.internal;

import com.aeghash.common.ApiException;
import com.aeghash.partner.PartnerEvent;
import com.aeghash.partner.PartnerOperations;
import com.aeghash.partner.PartnerSummary;
import com.aeghash.partner.internal.events.InboundEvent;
import com.aeghash.partner.internal.events.InboundEventRepository;
import com.aeghash.partner.internal.events.InboundEventReprocessor;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.partner.internal.settings.PartnerSettings;
import java.util.List;
import org.springframework.stereotype.Service;

/** {@link PartnerOperations} on the registry, the inbound event log and the re-processor the HTTP API uses. */
@Service
class PartnerOperationsService implements PartnerOperations {

    static final int EVENTS_LIMIT_MAX = 500;

    private final PartnerRegistry registry;
    private final InboundEventRepository events;
    private final InboundEventReprocessor reprocessor;

    PartnerOperationsService(
            PartnerRegistry registry, InboundEventRepository events, InboundEventReprocessor reprocessor) {
        this.registry = registry;
        this.events = events;
        this.reprocessor = reprocessor;
    }

    @Override
    public List<PartnerSummary> partners() {
        return registry.all().stream().map(PartnerOperationsService::summaryOf).toList();
    }

    @Override
    public List<PartnerEvent> recentEvents(boolean failedOnly, int limit) {
        return eventsBefore(failedOnly, Long.MAX_VALUE, limit);
    }

    @Override
    public List<PartnerEvent> eventsBefore(boolean failedOnly, long beforeId, int limit) {
        return events.recent(failedOnly, beforeId, Math.min(Math.max(limit, 1), EVENTS_LIMIT_MAX)).stream()
                .map(PartnerOperationsService::eventOf)
                .toList();
    }

    @Override
    public PartnerEvent reprocess(long eventId, String operator) {
        reprocessor.reprocess(eventId, operator);
        return events.find(eventId)
                .map(PartnerOperationsService::eventOf)
                .orElseThrow(() -> ApiException.notFound("event " + eventId));
    }

    private static PartnerSummary summaryOf(PartnerSettings partner) {
        return new PartnerSummary(
                partner.id(),
                partner.keyId(),
                partner.secret().fingerprint(),
                partner.previousSecret() == null
                        ? null
                        : partner.previousSecret().fingerprint(),
                partner.allowedAddresses(),
                partner.rotatedAt(),
                partner.signatureV1Until(),
                partner.limits().requestsPerSecond(),
                partner.limits().orderTotalMax(),
                partner.limits().orderPvMax(),
                partner.limits().hashpowerMax());
    }

    private static PartnerEvent eventOf(InboundEvent event) {
        InboundEvent.Reprocessing last = event.reprocessing();
        return new PartnerEvent(
                event.id(),
                event.receivedAt(),
                event.partnerId(),
                event.keyId(),
                event.remoteAddress(),
                event.method(),
                event.path(),
                event.idempotencyKey(),
                event.signatureCheck().name(),
                event.signatureScheme() == null ? null : event.signatureScheme().name(),
                event.responseStatus(),
                event.responseCode(),
                event.replayed(),
                event.durationMillis(),
                event.isReprocessable(),
                last == null ? null : last.at(),
                last == null ? null : last.by(),
                last == null ? null : last.status(),
                last == null ? null : last.code());
    }
}
