package com.aeghash.console.internal;

import com.aeghash.withdrawal.WithdrawalOperations;
import com.aeghash.withdrawal.WithdrawalView;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Approvers' decisions on a withdrawal (htmx POSTs from its page). A decision moves money, so it is taken in two
 * steps: the first POST (without {@code confirmed=true}) changes nothing and renders the confirmation (amount,
 * asset, destination, risk findings and the note or reason given); the confirmation's button posts again with
 * {@code confirmed=true}. Each renders the withdrawal's panel: the new state, or the workflow's refusal
 * ({@code same_approver}, {@code note_required}, ...) with its status.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'APPROVE_WITHDRAWALS')")
class WithdrawalActionsController {

    private static final String PANEL = "console/withdrawal :: panel";
    private final WithdrawalOperations withdrawals;

    WithdrawalActionsController(WithdrawalOperations withdrawals) {
        this.withdrawals = withdrawals;
    }

    @PostMapping("/console/withdrawals/{id}/approval")
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
        List<String> authorities = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return decide(
                id, "Approved", model, response, () -> withdrawals.approve(id, caller.getName(), authorities, note));
    }

    @PostMapping("/console/withdrawals/{id}/rejection")
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
        return decide(id, "Rejected", model, response, () -> withdrawals.reject(id, caller.getName(), reason));
    }

    @PostMapping("/console/withdrawals/{id}/reconciliation")
    String reconcile(@PathVariable long id, Model model, HttpServletResponse response) {
        return decide(id, "Asked the payout vendor", model, response, () -> withdrawals.reconcile(id));
    }

    /** The panel asking to confirm {@code decision} ({@code approval} or {@code rejection}); nothing changes. */
    private String confirmation(long id, String decision, String text, Model model, HttpServletResponse response) {
        model.addAttribute("id", id);
        ConsoleProblem.attempt(model, response, () -> withdrawals.details(id)).ifPresent(withdrawal -> {
            model.addAttribute("withdrawal", withdrawal);
            confirmationOf(withdrawal, decision, text == null ? "" : text).show(model);
        });
        return PANEL;
    }

    /** The shared confirmation card: amount, asset, destination, member, risk findings and the note or reason. */
    private static Confirmation confirmationOf(WithdrawalView withdrawal, String decision, String text) {
        boolean approval = "approval".equals(decision);
        Confirmation confirmation = new Confirmation(
                        approval ? "Confirm the approval" : "Confirm the rejection",
                        "/console/withdrawals/" + withdrawal.id() + "/" + decision,
                        "#withdrawal-panel",
                        approval ? "Confirm approval" : "Confirm rejection",
                        "/console/withdrawals/" + withdrawal.id())
                .fact("Amount", withdrawal.amount().stripTrailingZeros().toPlainString(), "amount")
                .fact("Asset", withdrawal.asset(), "asset");
        if (withdrawal.destination() == null) {
            confirmation.fact("Destination", "own account", "mono destination");
        } else {
            confirmation.address("Destination", withdrawal.destination());
        }
        confirmation
                .fact("Member", withdrawal.memberId())
                .fact(
                        "Risk findings",
                        withdrawal.riskFindings().isEmpty() ? "none" : String.join("; ", withdrawal.riskFindings()),
                        "findings")
                .fact(approval ? "Note" : "Reason", text)
                .field(approval ? "note" : "reason", text);
        return approval ? confirmation : confirmation.danger();
    }

    /** The panel after the decision, or after its refusal with the withdrawal as it still is. */
    private String decide(
            long id, String done, Model model, HttpServletResponse response, Supplier<WithdrawalView> decision) {
        model.addAttribute("id", id);
        ConsoleProblem.attempt(model, response, decision)
                .ifPresentOrElse(
                        withdrawal -> {
                            model.addAttribute("withdrawal", withdrawal);
                            model.addAttribute("done", done + ": the withdrawal is now " + withdrawal.status());
                        },
                        () -> ConsoleProblem.attempt(model, response, () -> withdrawals.details(id))
                                .ifPresent(withdrawal -> model.addAttribute("withdrawal", withdrawal)));
        return PANEL;
    }
}
