package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.OrganizationTree;
import com.aeghash.organization.Spillover;
import com.aeghash.organization.Tree;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organization around a member, drawn as nested boxes: the sponsor (binary) tree with its left and right legs
 * and their PV totals, or the referral (unilevel) tree; and the spillover log below the member as sponsor.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class OrganizationPageController {

    /** Levels drawn below the member: 5 levels of a full binary tree are 63 boxes, readable on one screen. */
    static final int DEPTH_MAX = 5;

    static final int SPILLOVERS_SHOWN = 50;
    private final OrganizationQueries organization;

    OrganizationPageController(OrganizationQueries organization) {
        this.organization = organization;
    }

    @GetMapping("/console/organization")
    String organization(
            @RequestParam(required = false) String memberId,
            @RequestParam(defaultValue = "binary") String tree,
            @RequestParam(defaultValue = "3") int depth,
            @RequestParam(defaultValue = "0") long spilloversAfter,
            Model model,
            HttpServletResponse response) {
        String member = Text.blankToNull(memberId);
        int depthShown = Math.min(Math.max(depth, 1), DEPTH_MAX);
        model.addAttribute("memberId", member);
        model.addAttribute("tree", "unilevel".equalsIgnoreCase(tree) ? "unilevel" : "binary");
        model.addAttribute("depth", depthShown);
        model.addAttribute("depthMax", DEPTH_MAX);
        if (member == null) {
            return "console/organization";
        }
        ConsoleProblem.attempt(model, response, () -> subtree(member, tree, depthShown))
                .ifPresent(found -> {
                    model.addAttribute("picture", found);
                    model.addAttribute("lastDepth", found.root().depth() + found.depthShown());
                    List<Spillover> spillovers = organization.spillovers(member, spilloversAfter, SPILLOVERS_SHOWN);
                    model.addAttribute("spillovers", spillovers);
                    model.addAttribute(
                            "spilloversNext",
                            spillovers.size() == SPILLOVERS_SHOWN
                                    ? spillovers.get(spillovers.size() - 1).id()
                                    : null);
                });
        return "console/organization";
    }

    private OrganizationTree subtree(String memberId, String tree, int depth) {
        String id = MemberIds.require(memberId, "memberId");
        return organization
                .subtree(id, Tree.fromParameter(tree, "tree"), depth)
                .orElseThrow(() -> ApiException.notFound("member " + id));
    }
}
