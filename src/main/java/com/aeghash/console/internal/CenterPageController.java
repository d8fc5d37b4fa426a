package com.aeghash.console.internal;

import com.aeghash.bonus.BonusCenters;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Centers: the designated centers, designation and revocation, and a buyer's explicit center (assigned or cleared).
 * Administrators only, like {@code /api/v1/centers}; every change is audited by the bonus module.
 */
@Controller
@PreAuthorize("@consoleAccess.allows(authentication, 'MANAGE_CENTERS')")
class CenterPageController {

    static final int CENTERS_SHOWN = 200;
    private static final String CENTERS = "console/centers :: centers";
    private final BonusCenters centers;

    CenterPageController(BonusCenters centers) {
        this.centers = centers;
    }

    @GetMapping("/console/centers")
    String page(Model model) {
        model.addAttribute("centers", centers.centers(null, CENTERS_SHOWN));
        return "console/centers";
    }

    @PostMapping("/console/centers")
    String designate(@RequestParam String memberId, Principal operator, Model model, HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, () -> centers.designate(memberId.trim(), operator.getName()))
                .ifPresent(center -> model.addAttribute("done", center.memberId() + " is a center"));
        return centers(model);
    }

    @PostMapping("/console/centers/{memberId}/revocation")
    String revoke(@PathVariable String memberId, Principal operator, Model model, HttpServletResponse response) {
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
            Principal operator,
            Model model,
            HttpServletResponse response) {
        String buyer = memberId.trim();
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

    private String centers(Model model) {
        model.addAttribute("centers", centers.centers(null, CENTERS_SHOWN));
        return CENTERS;
    }
}
