package com.aeghash.security.internal;

import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChanges;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator changes awaiting a second administrator, and their decisions (200 with the decided change). */
@RestController
@PreAuthorize(OperatorAccounts.MANAGERS)
class OperatorChangeController {

    private final OperatorChanges changes;

    OperatorChangeController(OperatorChanges changes) {
        this.changes = changes;
    }

    @GetMapping("/api/v1/operator-changes")
    List<OperatorChange> pending() {
        return changes.pending();
    }

    @PostMapping("/api/v1/operator-changes/{id}/confirm")
    OperatorChange confirm(@PathVariable long id, Principal principal) {
        return changes.confirm(principal.getName(), id);
    }

    @PostMapping("/api/v1/operator-changes/{id}/reject")
    OperatorChange reject(@PathVariable long id, Principal principal) {
        return changes.reject(principal.getName(), id);
    }
}
