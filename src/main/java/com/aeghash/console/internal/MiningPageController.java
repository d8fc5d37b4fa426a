package com.aeghash.console.internal;

import com.aeghash.mining.MiningProcurements;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Whether members' hash power is backed by the project's at HashDam, and the procurements buying it (read only:
 * procurements are asked for and approved through the API, docs/modules/mining.md).
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class MiningPageController {

    static final int PROCUREMENTS_SHOWN = 50;
    private final MiningProcurements mining;

    MiningPageController(MiningProcurements mining) {
        this.mining = mining;
    }

    @GetMapping("/console/mining")
    String mining(Model model, HttpServletResponse response) {
        model.addAttribute("procurements", mining.procurements(null, PROCUREMENTS_SHOWN));
        ConsoleProblem.attempt(model, response, mining::backing)
                .ifPresent(backing -> model.addAttribute("backing", backing));
        return "console/mining";
    }
}
