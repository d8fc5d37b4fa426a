package com.aeghash.console.internal;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.Checker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Four-eyes requests waiting for a second operator: the whole queue oldest first (filtered by kind), 50 a page
 * (keyset {@code after}), and the recent requests of every status newest first (keyset {@code recentBefore}); with what each asks for (its
 * payload), and the checkers' approve and reject buttons (htmx POSTs rendering the list again). A decision is taken
 * in two steps: without {@code confirmed=true} the POST changes nothing and renders the confirmation (the request's
 * kind, subject, amount, asset and destination when its payload names them, the whole payload, who asked and why).
 * The approval module decides: its refusal ({@code same_approver}, {@code checker_role_required}, ...) shows
 * inline with its status.
 */
@Controller
class ApprovalsPageController {

    static final String LIST = "console/approvals :: awaiting";
    static final int PAGE_SIZE = 50;
    private static final String PAGE = "/console/approvals";
    private static final ConsolePaging.Keyset<ApprovalRequest> QUEUE =
            ConsolePaging.Keyset.inOrderById("after", ApprovalRequest::id);
    private static final ConsolePaging.Keyset<ApprovalRequest> RECENT =
            ConsolePaging.Keyset.newestFirstById("recentBefore", ApprovalRequest::id);
    private final ApprovalRequests approvals;

    ApprovalsPageController(ApprovalRequests approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/console/approvals")
    @PreAuthorize(ConsoleAccess.VIEW)
    String approvals(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String recentBefore,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("kind", Text.blankToNull(kind));
        addAwaiting(model, ConsolePaging.addressOf(request), after);
        model.addAttribute(
                "recent",
                ConsolePaging.read(
                        RECENT,
                        ConsolePaging.addressOf(request),
                        recentBefore,
                        PAGE_SIZE,
                        (cursor, rows) -> approvals.listBefore(
                                null, ConsolePaging.number(cursor, RECENT.parameter(), Long.MAX_VALUE), rows)));
        return "console/approvals";
    }

    @PostMapping("/console/approvals/{id}/approval")
    @PreAuthorize("@consoleAccess.allows(authentication, 'DECIDE_APPROVALS')")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Authentication caller,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            return confirmation(id, "approval", note, model, response);
        }
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
            @RequestParam(defaultValue = "false") boolean confirmed,
            Authentication caller,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            return confirmation(id, "rejection", reason, model, response);
        }
        ConsoleProblem.attempt(model, response, () -> approvals.reject(id, checkerOf(caller), reason))
                .ifPresent(request -> model.addAttribute("done", "Request " + request.id() + " rejected"));
        addAwaiting(model);
        return LIST;
    }

    /** The list with the request's confirmation above it; nothing changes. */
    private String confirmation(long id, String decision, String text, Model model, HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> approvals.request(id))
                .ifPresent(request -> confirmationOf(request, decision, text == null ? "" : text)
                        .show(model));
        addAwaiting(model);
        return LIST;
    }

    /**
     * The shared confirmation card: the request's kind and subject, amount, asset and destination (or member) when
     * its payload names them, the whole payload, who asked and why, and the note or reason given.
     */
    private static Confirmation confirmationOf(ApprovalRequest request, String decision, String text) {
        boolean approval = "approval".equals(decision);
        JsonNode payload = request.payload();
        Confirmation confirmation = new Confirmation(
                        (approval ? "Confirm the approval of request " : "Confirm the rejection of request ")
                                + request.id(),
                        "/console/approvals/" + request.id() + "/" + decision,
                        "#awaiting",
                        approval ? "Confirm approval" : "Confirm rejection",
                        "/console/approvals")
                .fact("Kind", request.kind())
                .fact("Subject", request.subject(), "mono")
                .fact("Amount", field(payload, "amount"), "amount")
                .fact("Asset", field(payload, "asset"), "asset");
        if (payload != null && payload.has("destination")) {
            confirmation.address("Destination", field(payload, "destination"));
        } else {
            String member = field(payload, "memberId");
            confirmation.fact("Destination", member == null ? null : "member " + member, "mono destination");
        }
        confirmation
                .fact("Everything it asks for", payload, "mono")
                .fact("Asked by · why", request.maker() + " · " + (request.reason() == null ? "—" : request.reason()))
                .fact(approval ? "Note" : "Reason", text)
                .field(approval ? "note" : "reason", text);
        return approval ? confirmation : confirmation.danger();
    }

    private static String field(JsonNode payload, String name) {
        return payload != null && payload.has(name) ? payload.get(name).asString() : null;
    }

    /** The first page of the queue, for a fragment answered to a decision. */
    private void addAwaiting(Model model) {
        addAwaiting(model, ConsolePaging.addressOf(PAGE, Map.of()), null);
    }

    /** A page of the whole queue, oldest first (the order the work is done in), of the kind chosen or any. */
    private void addAwaiting(Model model, UriComponentsBuilder address, String after) {
        String kind = (String) model.getAttribute("kind");
        model.addAttribute(
                "awaiting",
                ConsolePaging.read(
                        QUEUE,
                        address,
                        after,
                        PAGE_SIZE,
                        (cursor, rows) -> approvals.awaitingAfter(
                                kind, ConsolePaging.number(cursor, QUEUE.parameter(), 0), rows)));
        model.addAttribute("kinds", approvals.awaitingKinds());
    }

    private static Checker checkerOf(Authentication caller) {
        return Checker.of(
                caller.getName(),
                caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .toList());
    }
}
