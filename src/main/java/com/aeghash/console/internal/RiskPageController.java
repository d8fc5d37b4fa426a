package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.Paging;
import com.aeghash.risk.RiskChecks;
import com.aeghash.risk.RiskSeverity;
import com.aeghash.withdrawal.PayoutReferences;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Recorded risk findings, newest first, by member and severity; findings about a withdrawal link to it. */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class RiskPageController {

    static final int PAGE_SIZE = 30;
    private final RiskChecks risk;

    RiskPageController(RiskChecks risk) {
        this.risk = risk;
    }

    @GetMapping("/console/risk")
    String events(
            @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String severity,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String member = Text.blankToNull(memberId);
        String wanted = Text.blankToNull(severity);
        model.addAttribute("memberId", member);
        model.addAttribute("severity", wanted);
        model.addAttribute(
                "severities",
                Arrays.stream(RiskSeverity.values()).map(RiskSeverity::wireName).toList());
        ConsoleProblem.attempt(
                        model,
                        response,
                        () -> risk.events(
                                member == null ? null : MemberIds.require(member, "memberId"),
                                wanted == null
                                        ? null
                                        : RiskSeverity.fromWireName(wanted)
                                                .orElseThrow(() -> ApiException.validation(
                                                        "severity", "must be info, review or block")),
                                Paging.of(page, PAGE_SIZE)))
                .ifPresent(found -> {
                    Map<String, Long> withdrawalIds = new HashMap<>();
                    found.items()
                            .forEach(event -> PayoutReferences.withdrawalIdOf(event.subject())
                                    .ifPresent(id -> withdrawalIds.put(event.subject(), id)));
                    model.addAttribute("events", found.items());
                    model.addAttribute("withdrawalIds", withdrawalIds);
                    model.addAttribute("links", PageLinks.of(request, found));
                });
        return "console/risk";
    }
}
