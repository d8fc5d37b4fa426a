package com.aeghash.ledger.internal;

import com.aeghash.common.MemberIds;
import com.aeghash.ledger.InvariantReport;
import com.aeghash.ledger.MemberBalances;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LedgerController {

    private final LedgerService ledger;
    private final LedgerInvariantMonitor monitor;

    LedgerController(LedgerService ledger, LedgerInvariantMonitor monitor) {
        this.ledger = ledger;
        this.monitor = monitor;
    }

    /** Every asset of the member with its available, pending and withdrawal-hold amounts (strings). */
    @GetMapping("/api/v1/members/{memberId}/balances")
    MemberBalances balances(@PathVariable String memberId) {
        return ledger.balancesOf(MemberIds.require(memberId, "memberId"));
    }

    /** Runs the invariant scan now (or shares one that started meanwhile), records it for health, returns it. */
    @GetMapping("/api/v1/ops/ledger/invariants")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    InvariantReport invariants() {
        return monitor.scanNow();
    }
}
