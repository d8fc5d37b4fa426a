package com.aeghash.partner.internal;

import com.aeghash.common.web.BoundedList;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.partner.PartnerOperations;
import com.aeghash.partner.PartnerSummary;
import com.aeghash.partner.internal.events.InboundEvent;
import com.aeghash.partner.internal.events.InboundEventRepository;
import com.aeghash.partner.internal.events.InboundEventReprocessor;
import com.aeghash.partner.internal.events.RejectedCallCounts;
import com.aeghash.partner.internal.events.RejectedCallRepository;
import com.aeghash.partner.internal.events.RejectedCalls;
import io.swagger.v3.oas.annotations.Operation;
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

    private static final int EVENTS_LIMIT = 50;
    private static final CursorPage.Keyset<InboundEvent> EVENTS =
            new CursorPage.Keyset<>("partner-event", Long.MAX_VALUE, InboundEvent::id);
    private static final CursorPage.Keyset<RejectedCalls> REJECTED =
            new CursorPage.Keyset<>("partner-rejected-calls", Long.MAX_VALUE, RejectedCalls::id);

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
    @Operation(
            summary = "List partners",
            description =
                    "Every partner as operators see it: key id and secret fingerprints, never a secret (a handful of rows).")
    @BoundedList("the configured partners")
    @GetMapping("/partners")
    List<PartnerSummary> partners() {
        return operations.partners();
    }

    /** Newest first; {@code failedOnly} lists the events an administrator can re-process. */
    @Operation(
            summary = "List partner events",
            description =
                    "Inbound partner calls newest first, a page at a time; `failedOnly` lists those an administrator can "
                            + "re-process.")
    @GetMapping("/partner-events")
    CursorPage<InboundEvent> events(
            @RequestParam(defaultValue = "false") boolean failedOnly,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                EVENTS,
                cursor,
                CursorPage.limit(limit, EVENTS_LIMIT),
                (beforeId, rows) -> events.recent(failedOnly, beforeId, rows));
    }

    /**
     * The counts of refused calls that got no event of their own (unknown key ids, failures past an address's
     * budget), newest first; this instance's latest counts are written first so the answer includes them.
     */
    @Operation(
            summary = "List rejected partner calls",
            description =
                    "Counts of refused calls that got no event of their own (unknown key ids, failures past an address's budget), newest first.")
    @GetMapping("/partner-rejected-calls")
    CursorPage<RejectedCalls> rejectedCalls(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        rejectedCallCounts.flush();
        return CursorPage.read(
                REJECTED,
                cursor,
                CursorPage.limit(limit, EVENTS_LIMIT),
                (beforeId, rows) -> rejectedCalls.recent(beforeId, rows));
    }

    /** Runs a failed event again under its idempotency key; responds with what the partner would have received. */
    @Operation(
            summary = "Re-process a partner event",
            description =
                    "Runs a failed event again under its idempotency key; answers what the partner would have received.")
    @ProblemCode(status = 422, code = "not_reprocessable")
    @ProblemCode(status = 422, code = "partner_not_configured")
    @PostMapping("/partner-events/{eventId}/reprocess")
    ResponseEntity<byte[]> reprocess(@PathVariable long eventId, Principal operator) {
        return reprocessor.reprocess(eventId, operator.getName()).toResponseEntity();
    }
}
