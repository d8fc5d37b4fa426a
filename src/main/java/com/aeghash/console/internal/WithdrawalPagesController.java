package com.aeghash.console.internal;

import com.aeghash.common.web.Paging;
import com.aeghash.withdrawal.WithdrawalOperations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The withdrawal approval queue (filtered, paged, oldest first unless {@code order=newest}: the order the work is
 * done in) and one withdrawal with its audit trail.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class WithdrawalPagesController {

    static final int PAGE_SIZE = 20;
    private final WithdrawalOperations withdrawals;

    WithdrawalPagesController(WithdrawalOperations withdrawals) {
        this.withdrawals = withdrawals;
    }

    @GetMapping("/console/withdrawals")
    String queue(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Boolean flagged,
            @RequestParam(required = false) String memberId,
            @RequestParam(defaultValue = "oldest") String order,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String wantedStatus = Text.blankToNull(status);
        String wantedMember = Text.blankToNull(memberId);
        model.addAttribute("statuses", withdrawals.statuses());
        model.addAttribute("status", wantedStatus);
        model.addAttribute("flagged", flagged);
        model.addAttribute("memberId", wantedMember);
        boolean oldestFirst = !"newest".equals(order);
        model.addAttribute("order", oldestFirst ? "oldest" : "newest");
        ConsoleProblem.attempt(
                        model,
                        response,
                        () -> withdrawals.search(
                                wantedStatus, flagged, wantedMember, oldestFirst, Paging.of(page, PAGE_SIZE)))
                .ifPresent(found -> {
                    model.addAttribute("withdrawals", found.items());
                    model.addAttribute("links", PageLinks.of(request, found));
                });
        return "console/withdrawals";
    }

    @GetMapping("/console/withdrawals/{id}")
    String withdrawal(@PathVariable long id, Model model, HttpServletResponse response) {
        model.addAttribute("id", id);
        ConsoleProblem.attempt(model, response, () -> withdrawals.details(id))
                .ifPresent(withdrawal -> model.addAttribute("withdrawal", withdrawal));
        return "console/withdrawal";
    }
}
