package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusOperations;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Closings (bonus batch execution: operations, finance, system admin) and reads of bonus entries. */
@RestController
class BonusController {

    private final BonusClosingService closings;
    private final BonusOperations operations;

    BonusController(BonusClosingService closings, BonusOperations operations) {
        this.closings = closings;
        this.operations = operations;
    }

    record ClosingRequest(Instant cutoff) {}

    /**
     * Runs (or resumes, or returns when complete) the closing of the cut-off; responds when it is complete. It makes
     * pending bonuses spendable, so it is FINANCE's or OPERATIONS', never ADMIN's.
     */
    @PostMapping("/api/v1/bonus/closings")
    @PreAuthorize("hasAnyRole('FINANCE', 'OPERATIONS')")
    ClosingRun close(@RequestBody ClosingRequest request, Principal operator) {
        return closings.close(request.cutoff(), operator.getName());
    }

    @GetMapping("/api/v1/bonus/closings")
    @PreAuthorize("hasAnyRole('FINANCE', 'OPERATIONS', 'ADMIN')")
    List<ClosingRun> recent(@RequestParam(defaultValue = "20") int limit) {
        return closings.recent(limit);
    }

    @GetMapping("/api/v1/bonus/closings/{id}")
    @PreAuthorize("hasAnyRole('FINANCE', 'OPERATIONS', 'ADMIN')")
    ClosingRun closing(@PathVariable long id) {
        return closings.find(id);
    }

    /** The member's bonus entries, newest first; page with {@code beforeId} = the last id seen. */
    @GetMapping("/api/v1/members/{memberId}/bonus-entries")
    List<BonusEntry> entriesOfMember(
            @PathVariable String memberId,
            @RequestParam(defaultValue = "" + Long.MAX_VALUE) long beforeId,
            @RequestParam(defaultValue = "100") int limit) {
        return operations.entriesOfMember(memberId, beforeId, limit);
    }

    @GetMapping("/api/v1/bonus/orders/{orderReference}/entries")
    List<BonusEntry> entriesOfOrder(@PathVariable String orderReference) {
        return operations.entriesOfOrder(orderReference);
    }
}
