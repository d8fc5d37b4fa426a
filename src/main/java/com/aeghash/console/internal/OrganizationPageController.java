package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.organization.OrganizationNode;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.OrganizationTree;
import com.aeghash.organization.Spillover;
import com.aeghash.organization.Tree;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The organization around a member as a collapsible outline (readable at any depth and width: each level is
 * indented, a wide level is a longer list): the sponsor (binary) tree with its left and right legs and their PV
 * totals, or the referral (unilevel) tree, whose wide levels show a page of referrals at a time ({@link
 * TreeReferrals}); deeper levels load on demand; a member searched for is revealed (the path to it opened, the page
 * of each level that holds it shown and the member highlighted); and the spillover log below the member as sponsor.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class OrganizationPageController {

    /** Levels read in one go below the member; deeper ones load on demand, a level at a time. */
    static final int DEPTH_MAX = 5;

    static final int SPILLOVERS_SHOWN = 50;
    private static final ConsolePaging.Keyset<Spillover> SPILLOVERS =
            ConsolePaging.Keyset.inOrderById("spilloversAfter", Spillover::id);
    private final OrganizationQueries organization;
    private final TreeReferrals referrals;
    private final TreeReveal reveal;

    OrganizationPageController(OrganizationQueries organization) {
        this.organization = organization;
        this.referrals = new TreeReferrals(organization);
        this.reveal = new TreeReveal(organization, referrals);
    }

    @GetMapping("/console/organization")
    String organization(
            @RequestParam(required = false) String memberId,
            @RequestParam(defaultValue = "binary") String tree,
            @RequestParam(defaultValue = "3") int depth,
            @RequestParam(required = false) String find,
            @RequestParam(required = false) String spilloversAfter,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        String member = Text.blankToNull(memberId);
        String wanted = Text.blankToNull(find);
        String treeName = "unilevel".equalsIgnoreCase(tree) ? "unilevel" : "binary";
        int depthShown = Math.min(Math.max(depth, 1), DEPTH_MAX);
        model.addAttribute("memberId", member);
        model.addAttribute("tree", treeName);
        model.addAttribute("depth", depthShown);
        model.addAttribute("depthMax", DEPTH_MAX);
        model.addAttribute("find", wanted);
        if (member == null) {
            return "console/organization";
        }
        ConsoleProblem.attempt(model, response, () -> subtree(member, tree, depthShown))
                .flatMap(found -> ConsoleProblem.attempt(model, response, () -> {
                    int lastDepth = found.root().depth() + found.depthShown();
                    model.addAttribute("picture", found);
                    model.addAttribute("view", view(found, treeName, lastDepth, wanted));
                    return found;
                }))
                .ifPresent(found -> addSpillovers(member, ConsolePaging.addressOf(request), spilloversAfter, model));
        return "console/organization";
    }

    /**
     * The children of one member, for the node opened in the outline (htmx); in the referral tree a page of them:
     * the first, the one {@code after} the last referral shown ("show more") or the one before the first shown
     * ({@code back}, "show earlier").
     */
    @GetMapping("/console/organization/children")
    String children(
            @RequestParam String memberId,
            @RequestParam(defaultValue = "binary") String tree,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String back,
            Model model,
            HttpServletResponse response) {
        String treeName = "unilevel".equalsIgnoreCase(tree) ? "unilevel" : "binary";
        model.addAttribute("tree", treeName);
        if ("unilevel".equals(treeName)) {
            ConsoleProblem.attempt(
                            model, response, () -> referrals.page(MemberIds.require(memberId, "memberId"), after, back))
                    .ifPresent(page -> {
                        model.addAttribute("referrals", page);
                        model.addAttribute("view", new TreeView(treeName, 0));
                    });
            return "console/organization-tree :: children";
        }
        ConsoleProblem.attempt(model, response, () -> subtree(memberId, tree, 1))
                .ifPresent(found -> {
                    model.addAttribute("picture", found);
                    model.addAttribute("parent", found.root());
                    model.addAttribute(
                            "view", new TreeView(treeName, found.root().depth() + 1));
                });
        return "console/organization-tree :: children";
    }

    /** How the tree is drawn, the path to the member searched for ({@code wanted}, or null) opened. */
    private TreeView view(OrganizationTree found, String treeName, int lastDepth, String wanted) {
        if (wanted == null) {
            return new TreeView(treeName, lastDepth);
        }
        if (found.tree() == Tree.UNILEVEL) {
            return TreeView.revealingReferrals(treeName, lastDepth, reveal.referralPages(found.root(), wanted), wanted);
        }
        Map<String, List<OrganizationNode>> path = reveal.pathChildren(found.root(), wanted, found.tree(), lastDepth);
        return TreeView.revealing(treeName, lastDepth, path, wanted);
    }

    /** The spillovers below the member as sponsor, in the order they happened (keyset {@code spilloversAfter}). */
    private void addSpillovers(String member, UriComponentsBuilder address, String after, Model model) {
        model.addAttribute(
                "spillovers",
                ConsolePaging.read(
                        SPILLOVERS,
                        address,
                        after,
                        SPILLOVERS_SHOWN,
                        (cursor, rows) -> organization.spillovers(
                                member, ConsolePaging.number(cursor, SPILLOVERS.parameter(), 0), rows)));
    }

    private OrganizationTree subtree(String memberId, String tree, int depth) {
        String id = MemberIds.require(memberId, "memberId");
        return organization
                .subtree(id, Tree.fromParameter(tree, "tree"), depth)
                .orElseThrow(() -> ApiException.notFound("member " + id));
    }
}
