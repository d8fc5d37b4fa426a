package com.aeghash.console.internal;

import com.aeghash.bonus.BonusCenters;
import com.aeghash.bonus.Center;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Centers: the designated centers by member id, 50 a page (keyset {@code after}), designation and revocation, and a buyer's explicit center (assigned or cleared).
 * Administrators only, like {@code /api/v1/centers}; every change is audited by the bonus module. A change decides
 * where bonuses go, so each is confirmed first ({@link Confirmation}): a POST without {@code confirmed=true} changes
 * nothing.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_CENTERS')")
class CenterPageController {

    static final int PAGE_SIZE = 50;
    private static final String CENTERS = "console/centers :: centers";
    private static final ConsolePaging.Keyset<Center> LIST = ConsolePaging.Keyset.inOrder("after", Center::memberId);
    private final BonusCenters centers;

    CenterPageController(BonusCenters centers) {
        this.centers = centers;
    }

    @GetMapping("/console/centers")
    String page(@RequestParam(required = false) String after, Model model, HttpServletRequest request) {
        addCenters(model, ConsolePaging.addressOf(request), after);
        return "console/centers";
    }

    @PostMapping("/console/centers")
    String designate(
            @RequestParam String memberId,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            confirm("Confirm: designate " + memberId.trim() + " as a center", "/console/centers", "Confirm: designate")
                    .fact("Member", memberId.trim())
                    .fact(
                            "What changes",
                            "the member becomes a center: orders paid from then on by buyers whose center it is"
                                    + " pay it the CENTER bonus, and its referrer the CENTER_REFERRAL bonus")
                    .field("memberId", memberId.trim())
                    .show(model);
            return centers(model);
        }
        ConsoleProblem.attempt(model, response, () -> centers.designate(memberId.trim(), operator.getName()))
                .ifPresent(center -> model.addAttribute("done", center.memberId() + " is a center"));
        return centers(model);
    }

    @PostMapping("/console/centers/{memberId}/revocation")
    String revoke(
            @PathVariable String memberId,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            confirm(
                            "Confirm: " + memberId + " is no longer a center",
                            "/console/centers/" + memberId + "/revocation",
                            "Confirm: revoke")
                    .danger()
                    .fact("Member", memberId)
                    .fact(
                            "What changes",
                            "the member stops being a center: orders paid from then on pay it no CENTER bonus;"
                                    + " explicit assignments to it are removed")
                    .show(model);
            return centers(model);
        }
        ConsoleProblem.attempt(model, response, () -> {
                    centers.revoke(memberId, operator.getName());
                    return memberId;
                })
                .ifPresent(revoked -> model.addAttribute("done", revoked + " is no longer a center"));
        return centers(model);
    }

    /** Assigns the buyer's center, or clears it when no center is given. */
    @PostMapping("/console/centers/assignments")
    String assign(
            @RequestParam String memberId,
            @RequestParam(required = false) String centerMemberId,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        String buyer = memberId.trim();
        if (!confirmed) {
            confirmAssignment(buyer, Text.blankToNull(centerMemberId), model);
            return centers(model);
        }
        if (centerMemberId == null || centerMemberId.isBlank()) {
            ConsoleProblem.attempt(model, response, () -> centers.clearAssignment(buyer, operator.getName()))
                    .ifPresent(cleared -> model.addAttribute(
                            "done",
                            cleared ? buyer + " has no explicit center now" : buyer + " had no explicit center"));
        } else {
            ConsoleProblem.attempt(
                            model, response, () -> centers.assign(buyer, centerMemberId.trim(), operator.getName()))
                    .ifPresent(assignment -> model.addAttribute(
                            "done", "the center of " + buyer + " is " + assignment.centerMemberId()));
        }
        return centers(model);
    }

    /** What assigning (or clearing) the buyer's center would change: its center now and the one it gets. */
    private void confirmAssignment(String buyer, String center, Model model) {
        String now = centers.assignmentOf(buyer)
                .map(assignment -> assignment.centerMemberId() + " (assigned by " + assignment.assignedBy() + ")")
                .orElse("none assigned");
        Confirmation confirmation = confirm(
                        center == null
                                ? "Confirm: " + buyer + " has no explicit center"
                                : "Confirm: the center of " + buyer + " is " + center,
                        "/console/centers/assignments",
                        center == null ? "Confirm: clear" : "Confirm: assign")
                .fact("Buyer", buyer)
                .fact("Explicit center now", now)
                .fact(
                        "Explicit center then",
                        center == null ? "none (the nearest center among its referral uplines)" : center)
                .field("memberId", buyer)
                .field("centerMemberId", center);
        (center == null ? confirmation.danger() : confirmation).show(model);
    }

    private static Confirmation confirm(String title, String action, String button) {
        return new Confirmation(title, action, "#centers", button, "/console/centers");
    }

    /** The first page of the centers, for a fragment answered to a change. */
    private String centers(Model model) {
        addCenters(model, ConsolePaging.addressOf("/console/centers", Map.of()), null);
        return CENTERS;
    }

    /** The designated centers by member id, a page after {@code after}. */
    private void addCenters(Model model, UriComponentsBuilder address, String after) {
        model.addAttribute("centers", ConsolePaging.read(LIST, address, after, PAGE_SIZE, centers::centers));
    }
}
