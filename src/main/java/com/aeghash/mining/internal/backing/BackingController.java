package com.aeghash.mining.internal.backing;

import com.aeghash.mining.BackingReport;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Members' hash power against the project's at HashDam (docs/modules/mining.md, "Backing"). */
@RestController
class BackingController {

    private final BackingService backing;

    BackingController(BackingService backing) {
        this.backing = backing;
    }

    /** The figures and the trend; {@code fresh=true} reads HashDam's {@code hashBalance} now. */
    @GetMapping("/api/v1/mining/backing")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    BackingReport report(@RequestParam(defaultValue = "false") boolean fresh) {
        return backing.report(fresh);
    }

    /** Runs the scheduled check now: the report, and the alert when members exceed the margin (throttled). */
    @PostMapping("/api/v1/mining/backing/checks")
    @PreAuthorize("hasRole('OPERATIONS')")
    BackingReport check(@RequestParam(defaultValue = "false") boolean fresh) {
        return backing.check(fresh);
    }
}
