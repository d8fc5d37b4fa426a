package com.aeghash.security.internal;

import com.aeghash.common.web.BoundedList;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChanges;
import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(
            summary = "List pending operator changes",
            description = "Changes of operators' access waiting for a second administrator.")
    @BoundedList("the changes still awaiting a second administrator")
    @GetMapping("/api/v1/operator-changes")
    List<OperatorChange> pending() {
        return changes.pending();
    }

    @Operation(
            summary = "Confirm an operator change",
            description = "A second administrator (not the one who asked) confirms the change; it takes effect now.")
    @ProblemCode(status = 409, code = "operator_change_decided")
    @ProblemCode(status = 409, code = "same_operator")
    @ProblemCode(status = 409, code = "last_administrator")
    @PostMapping("/api/v1/operator-changes/{id}/confirm")
    OperatorChange confirm(@PathVariable long id, Principal principal) {
        return changes.confirm(principal.getName(), id);
    }

    @Operation(
            summary = "Reject an operator change",
            description = "A second administrator refuses the change; nothing changes.")
    @ProblemCode(status = 409, code = "operator_change_decided")
    @ProblemCode(status = 409, code = "same_operator")
    @PostMapping("/api/v1/operator-changes/{id}/reject")
    OperatorChange reject(@PathVariable long id, Principal principal) {
        return changes.reject(principal.getName(), id);
    }
}
