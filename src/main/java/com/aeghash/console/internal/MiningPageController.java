package com.aeghash.console.internal;

import com.aeghash.mining.MiningProcurements;
import com.aeghash.mining.Procurement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Whether members' hash power is backed by the project's at HashDam, and the procurements buying it, newest first,
 * 50 a page (keyset {@code before}; read only: procurements are asked for and approved through the API,
 * docs/modules/mining.md).
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class MiningPageController {

    static final int PROCUREMENTS_SHOWN = 50;
    private static final ConsolePaging.Keyset<Procurement> LIST =
            ConsolePaging.Keyset.newestFirstById("before", Procurement::id);
    private final MiningProcurements mining;

    MiningPageController(MiningProcurements mining) {
        this.mining = mining;
    }

    @GetMapping("/console/mining")
    String mining(
            @RequestParam(required = false) String before,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute(
                "procurements",
                ConsolePaging.read(
                        LIST,
                        ConsolePaging.addressOf(request),
                        before,
                        PROCUREMENTS_SHOWN,
                        (cursor, rows) -> mining.procurementsBefore(
                                null, ConsolePaging.number(cursor, LIST.parameter(), Long.MAX_VALUE), rows)));
        ConsoleProblem.attempt(model, response, mining::backing)
                .ifPresent(backing -> model.addAttribute("backing", backing));
        return "console/mining";
    }
}
