package com.aeghash.partner.internal;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' view of the partner API: partners (fingerprints only), the inbound event log, re-processing. */
@RestController
@RequestMapping("/api/v1/ops")
@PreAuthorize("hasRole('ADMIN')")
class PartnerOperationsController {

    static final int EVENTS_LIMIT_MAX = 500;

    private final PartnerRegistry registry;
    private final InboundEventRepository events;
    private final InboundEventReprocessor reprocessor;

    PartnerOperationsController(PartnerRegistry registry, InboundEventRepository events,
            InboundEventReprocessor reprocessor) {
        this.registry = registry;
        this.events = events;
        this.reprocessor = reprocessor;
    }

    /** A partner as operators see it: key id and secret fingerprints, never a secret. */
    record PartnerView(String id, String keyId, String secretFingerprint, String previousSecretFingerprint,
            List<String> allowedAddresses, LocalDate secretRotatedAt, int requestsPerSecond, BigDecimal orderTotalMax,
            BigDecimal orderPvMax, BigDecimal hashpowerMax) {

        static PartnerView of(PartnerSettings partner) {
            return new PartnerView(partner.id(), partner.keyId(), partner.secret().fingerprint(),
                    partner.previousSecret() == null ? null : partner.previousSecret().fingerprint(),
                    partner.allowedRanges().stream().map(IpRange::toString).toList(), partner.rotatedAt(),
                    partner.limits().requestsPerSecond(), partner.limits().orderTotalMax(),
                    partner.limits().orderPvMax(), partner.limits().hashpowerMax());
        }
    }

    @GetMapping("/partners")
    List<PartnerView> partners() {
        return registry.all().stream().map(PartnerView::of).toList();
    }

    /** Newest first; {@code failedOnly} lists the events an administrator can re-process. */
    @GetMapping("/partner-events")
    List<InboundEvent> events(@RequestParam(defaultValue = "false") boolean failedOnly,
            @RequestParam(defaultValue = "50") int limit) {
        return events.recent(failedOnly, Math.min(Math.max(limit, 1), EVENTS_LIMIT_MAX));
    }

    /** Runs a failed event again under its idempotency key; answers what the partner would have received. */
    @PostMapping("/partner-events/{eventId}/reprocess")
    ResponseEntity<byte[]> reprocess(@PathVariable long eventId, Principal operator) {
        return reprocessor.reprocess(eventId, operator.getName()).toResponseEntity();
    }
}
