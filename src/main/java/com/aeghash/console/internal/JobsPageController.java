package com.aeghash.console.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Background work and what it left for operators: mining ETL runs with their progress, the HashDam project
 * snapshot, mining withdrawals, and wallet transactions whose outcome is unknown.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class JobsPageController {

    private final JobsSections sections;

    JobsPageController(JobsSections sections) {
        this.sections = sections;
    }

    @GetMapping("/console/jobs")
    String jobs(
            @RequestParam(required = false) String miningStatus,
            @RequestParam(required = false) Long miningBefore,
            Model model,
            HttpServletResponse response) {
        sections.addEtlRuns(model);
        sections.addProject(model);
        sections.addMiningWithdrawals(Text.blankToNull(miningStatus), miningBefore, model, response);
        sections.addWalletUnknown(model);
        return "console/jobs";
    }

    /** The ETL runs alone: the page polls them while a run is in progress. */
    @GetMapping("/console/jobs/etl-runs")
    String etlRuns(Model model) {
        sections.addEtlRuns(model);
        return JobsSections.ETL_RUNS;
    }
}
