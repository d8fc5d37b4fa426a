package com.aeghash.console.internal;

import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.approval.Checker;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Four-eyes requests waiting for a second operator, with what each asks for (its payload), and the checkers'
 * approve and reject buttons (htmx POSTs rendering the list again). The approval module decides: its refusal
 * ({@code same_approver}, {@code checker_role_required}, ...) shows inline with its status.
 */
@Controller
class ApprovalsPageController {

    static final String LIST = "console/approvals :: awaiting";
    private static final int SHOWN_MAX = 100;
    private final ApprovalRequests approvals;

    ApprovalsPageController(ApprovalRequests approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/console/approvals")
    @PreAuthorize(ConsoleAccess.VIEW)
    String approvals(Model model) {
        addAwaiting(model);
        model.addAttribute("recent", approvals.list(null, SHOWN_MAX));
        return "console/approvals";
    }

    @PostMapping("/console/approvals/{id}/approval")
    @PreAuthorize("@consoleAccess.allows(authentication, 'DECIDE_APPROVALS')")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            Authentication caller,
            Model model,
            HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> approvals.approve(id, checkerOf(caller), note))
                .ifPresent(request -> model.addAttribute(
                        "done",
                        "Request " + request.id() + " approved: "
                                + request.status().wireName()
                                + (request.result() == null ? "" : " (" + request.result() + ")")));
        addAwaiting(model);
        return LIST;
    }

    @PostMapping("/console/approvals/{id}/rejection")
    @PreAuthorize("@consoleAccess.allows(authentication, 'DECIDE_APPROVALS')")
    String reject(
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            Authentication caller,
            Model model,
            HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> approvals.reject(id, checkerOf(caller), reason))
                .ifPresent(request -> model.addAttribute("done", "Request " + request.id() + " rejected"));
        addAwaiting(model);
        return LIST;
    }

    private void addAwaiting(Model model) {
        model.addAttribute("awaiting", approvals.list(ApprovalStatus.AWAITING_APPROVAL, SHOWN_MAX));
    }

    private static Checker checkerOf(Authentication caller) {
        return Checker.of(
                caller.getName(),
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }
}
