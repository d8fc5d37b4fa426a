package com.aeghash.mining.internal.backing;

import com.aeghash.common.web.ProblemCode;
import com.aeghash.mining.BackingReport;
import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(
            summary = "Read the hash-power backing",
            description =
                    "The hash power members hold against the project's balance at HashDam, the margin and the recent trend; from the latest project snapshot, or read from HashDam now with `fresh=true`. Changes nothing.")
    @ProblemCode(status = 502, code = "hashdam_unavailable")
    @GetMapping("/api/v1/mining/backing")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    BackingReport report(@RequestParam(defaultValue = "false") boolean fresh) {
        return backing.report(fresh);
    }

    /** Runs the scheduled check now: the report, and the alert when members exceed the margin (throttled). */
    @Operation(
            summary = "Check the backing now",
            description =
                    "Runs the scheduled backing check now: records the figures and raises the alert when members hold more than the project's balance allows by the margin (the alert is throttled). Answers the report.")
    @ProblemCode(status = 502, code = "hashdam_unavailable")
    @PostMapping("/api/v1/mining/backing/checks")
    @PreAuthorize("hasRole('OPERATIONS')")
    BackingReport check(@RequestParam(defaultValue = "false") boolean fresh) {
        return backing.check(fresh);
    }
}
