package com.aeghash.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Background work and what it left for operators: mining ETL runs with their progress, the HashDam project
 * snapshot, mining withdrawals, and wallet transactions whose outcome is unknown; each list paged by its own keyset
 * ({@code etlBefore}, {@code miningBefore}, {@code unknownAfter}), the other lists' positions kept.
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
            @RequestParam(required = false) String miningBefore,
            @RequestParam(required = false) String etlBefore,
            @RequestParam(required = false) String unknownAfter,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        UriComponentsBuilder address = ConsolePaging.addressOf(request);
        sections.addEtlRuns(model, address, etlBefore);
        sections.addProject(model);
        sections.addMiningWithdrawals(Text.blankToNull(miningStatus), address, miningBefore, model, response);
        sections.addWalletUnknown(model, address, unknownAfter);
        return "console/jobs";
    }

    /** The ETL runs alone (the page shown): the page polls them while a run is in progress. */
    @GetMapping("/console/jobs/etl-runs")
    String etlRuns(@RequestParam(required = false) String etlBefore, Model model) {
        sections.addEtlRuns(model, ConsolePaging.addressOf("/console/jobs", Map.of()), etlBefore);
        return JobsSections.ETL_RUNS;
    }
}
