package com.aeghash.partner.internal;

import com.aeghash.partner.PartnerOperations;
import com.aeghash.partner.PartnerSummary;
import com.aeghash.partner.internal.events.InboundEvent;
import com.aeghash.partner.internal.events.InboundEventRepository;
import com.aeghash.partner.internal.events.InboundEventReprocessor;
import com.aeghash.partner.internal.events.RejectedCallCounts;
import com.aeghash.partner.internal.events.RejectedCallRepository;
import com.aeghash.partner.internal.events.RejectedCalls;
import java.security.Principal;
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

    private final PartnerOperations operations;
    private final InboundEventRepository events;
    private final InboundEventReprocessor reprocessor;
    private final RejectedCallRepository rejectedCalls;
    private final RejectedCallCounts rejectedCallCounts;

    PartnerOperationsController(
            PartnerOperations operations,
            InboundEventRepository events,
            InboundEventReprocessor reprocessor,
            RejectedCallRepository rejectedCalls,
            RejectedCallCounts rejectedCallCounts) {
        this.operations = operations;
        this.events = events;
        this.reprocessor = reprocessor;
        this.rejectedCalls = rejectedCalls;
        this.rejectedCallCounts = rejectedCallCounts;
    }

    /** Every partner as operators see it: key id and secret fingerprints, never a secret. */
    @GetMapping("/partners")
    List<PartnerSummary> partners() {
        return operations.partners();
    }

    /** Newest first; {@code failedOnly} lists the events an administrator can re-process. */
    @GetMapping("/partner-events")
    List<InboundEvent> events(
            @RequestParam(defaultValue = "false") boolean failedOnly, @RequestParam(defaultValue = "50") int limit) {
        return events.recent(failedOnly, Math.min(Math.max(limit, 1), PartnerOperationsService.EVENTS_LIMIT_MAX));
    }

    /**
     * The counts of refused calls that got no event of their own (unknown key ids, failures past an address's
     * budget), newest first; this instance's latest counts are written first so the answer includes them.
     */
    @GetMapping("/partner-rejected-calls")
    List<RejectedCalls> rejectedCalls(@RequestParam(defaultValue = "50") int limit) {
        rejectedCallCounts.flush();
        return rejectedCalls.recent(Math.min(Math.max(limit, 1), PartnerOperationsService.EVENTS_LIMIT_MAX));
    }

    /** Runs a failed event again under its idempotency key; responds with what the partner would have received. */
    @PostMapping("/partner-events/{eventId}/reprocess")
    ResponseEntity<byte[]> reprocess(@PathVariable long eventId, Principal operator) {
        return reprocessor.reprocess(eventId, operator.getName()).toResponseEntity();
    }
}
