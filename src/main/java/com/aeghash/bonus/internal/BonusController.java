package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntry;
import com.aeghash.common.web.BoundedList;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
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

    private static final int ENTRIES_LIMIT = 100;
    private static final int CLOSINGS_LIMIT = 20;
    private static final CursorPage.Keyset<ClosingRun> CLOSINGS =
            new CursorPage.Keyset<>("closing", Long.MAX_VALUE, ClosingRun::id);
    private static final CursorPage.Keyset<BonusEntry> ENTRIES =
            new CursorPage.Keyset<>("bonus-entry", Long.MAX_VALUE, BonusEntry::id);
    private final BonusClosingService closings;
    private final BonusOperationsService operations;

    BonusController(BonusClosingService closings, BonusOperationsService operations) {
        this.closings = closings;
        this.operations = operations;
    }

    record ClosingRequest(Instant cutoff) {}

    /**
     * Runs (or resumes, or returns when complete) the closing of the cut-off; responds when it is complete. It makes
     * pending bonuses spendable, so it is FINANCE's or OPERATIONS', never ADMIN's.
     */
    @Operation(
            summary = "Run a bonus closing",
            description =
                    "Runs (or resumes, or returns when complete) the closing of the cut-off and answers when it is complete; it makes pending bonuses spendable.")
    @ProblemCode(status = 422, code = "cutoff_in_future")
    @PostMapping("/api/v1/bonus/closings")
    @PreAuthorize("hasAnyRole('FINANCE', 'OPERATIONS')")
    ClosingRun close(@RequestBody ClosingRequest request, Principal operator) {
        return operations.closeWithCreditsPosted(request.cutoff(), operator.getName());
    }

    @Operation(summary = "List bonus closings", description = "Closing runs newest first, a page at a time.")
    @GetMapping("/api/v1/bonus/closings")
    @PreAuthorize("hasAnyRole('FINANCE', 'OPERATIONS', 'ADMIN')")
    CursorPage<ClosingRun> recent(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                CLOSINGS,
                cursor,
                CursorPage.limit(limit, CLOSINGS_LIMIT),
                (beforeId, rows) -> closings.recent(beforeId, rows));
    }

    @Operation(summary = "Get a bonus closing", description = "One closing run with its progress and totals.")
    @GetMapping("/api/v1/bonus/closings/{id}")
    @PreAuthorize("hasAnyRole('FINANCE', 'OPERATIONS', 'ADMIN')")
    ClosingRun closing(@PathVariable long id) {
        return closings.find(id);
    }

    /** The member's bonus entries, newest first; page with {@code beforeId} = the last id seen. */
    @Operation(
            summary = "List a member's bonus entries",
            description = "The member's bonus entries, newest first, a page at a time.")
    @GetMapping("/api/v1/members/{memberId}/bonus-entries")
    CursorPage<BonusEntry> entriesOfMember(
            @PathVariable String memberId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                ENTRIES,
                cursor,
                CursorPage.limit(limit, ENTRIES_LIMIT),
                (beforeId, rows) -> operations.entriesOfMember(memberId, beforeId, rows));
    }

    @Operation(
            summary = "List the bonus entries of an order",
            description = "Every bonus entry one partner order paid (a bounded set: one per upline paid).")
    @BoundedList("the entries of one order: one per upline level paid")
    @GetMapping("/api/v1/bonus/orders/{orderReference}/entries")
    List<BonusEntry> entriesOfOrder(@PathVariable String orderReference) {
        return operations.entriesOfOrder(orderReference);
    }
}
