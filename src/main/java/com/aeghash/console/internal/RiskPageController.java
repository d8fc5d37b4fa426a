package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.risk.RiskChecks;
import com.aeghash.risk.RiskEvent;
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

/**
 * Recorded risk findings, newest first, by member and severity; findings about a withdrawal link to it. Paged by
 * keyset both ways ({@code before} the last finding shown, {@code back} from the first shown), filters kept.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class RiskPageController {

    static final int PAGE_SIZE = 30;
    private static final ConsolePaging.Keyset<RiskEvent> FINDINGS =
            ConsolePaging.Keyset.newestFirstById("before", RiskEvent::id).withPrevious("back");
    private final RiskChecks risk;

    RiskPageController(RiskChecks risk) {
        this.risk = risk;
    }

    @GetMapping("/console/risk")
    String events(
            @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String back,
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
        ConsoleProblem.attempt(model, response, () -> {
                    String memberShown = member == null ? null : MemberIds.require(member, "memberId");
                    RiskSeverity severityShown = wanted == null ? null : severityOf(wanted);
                    return ConsolePaging.read(
                            FINDINGS,
                            ConsolePaging.addressOf(request),
                            before,
                            back,
                            PAGE_SIZE,
                            (cursor, rows) -> risk.eventsAfter(
                                    memberShown,
                                    severityShown,
                                    ConsolePaging.number(cursor, "before", Long.MAX_VALUE),
                                    true,
                                    rows),
                            (cursor, rows) -> risk.eventsAfter(
                                    memberShown, severityShown, ConsolePaging.number(cursor, "back", 0), false, rows));
                })
                .ifPresent(found -> {
                    Map<String, Long> withdrawalIds = new HashMap<>();
                    found.items()
                            .forEach(event -> PayoutReferences.withdrawalIdOf(event.subject())
                                    .ifPresent(id -> withdrawalIds.put(event.subject(), id)));
                    model.addAttribute("events", found);
                    model.addAttribute("withdrawalIds", withdrawalIds);
                });
        return "console/risk";
    }

    private static RiskSeverity severityOf(String wanted) {
        return RiskSeverity.fromWireName(wanted)
                .orElseThrow(() -> ApiException.validation("severity", "must be info, review or block"));
    }
}
