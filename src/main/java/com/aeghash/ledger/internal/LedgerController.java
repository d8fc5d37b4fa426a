package com.aeghash.ledger.internal;

import com.aeghash.common.MemberIds;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.MemberBalances;
import com.aeghash.ledger.Statements;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LedgerController {

    private final LedgerService ledger;
    private final Statements statements;
    private final LedgerInvariantMonitor monitor;

    LedgerController(LedgerService ledger, Statements statements, LedgerInvariantMonitor monitor) {
        this.ledger = ledger;
        this.statements = statements;
        this.monitor = monitor;
    }

    /**
     * Every asset of the member with its available, pending and withdrawal-hold amounts (strings): now, or as they
     * were at the instant {@code at} (not in the future).
     */
    @Operation(
            summary = "Get a member's balances",
            description =
                    "Every asset of the member with its available, pending and withdrawal-hold amounts (decimal strings): now, or as they were at the instant `at` (not in the future).")
    @GetMapping("/api/v1/members/{memberId}/balances")
    MemberBalances balances(@PathVariable String memberId, @RequestParam(required = false) Instant at) {
        String member = MemberIds.require(memberId, "memberId");
        return at == null ? ledger.balancesOf(member) : statements.balancesAt(member, at);
    }

    /** Runs the invariant scan now (or shares one that started meanwhile), records it for health, returns it. */
    @Operation(
            summary = "Check the ledger invariants",
            description =
                    "Runs the invariant scan now (or shares one that started meanwhile), records it for health and answers it.")
    @GetMapping("/api/v1/ops/ledger/invariants")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    InvariantReport invariants() {
        return monitor.scanNow();
    }
}
