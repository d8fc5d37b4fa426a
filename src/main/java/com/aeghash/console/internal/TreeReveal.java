package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.organization.OrganizationNode;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path from a drawn member down to a member searched for: its uplines (one read), then the children of each
 * member on the path below the levels already read (one single-level read each, at most {@link #LEVELS_MAX}). In the
 * referral tree, where a level can be wide, each member on the path shows the page of its referrals that holds the
 * next member on the path ({@link TreeReferrals#holding}), above the levels read too.
 */
final class TreeReveal {

    /** How far below the drawn member a search reaches; deeper, the operator starts the drawing lower. */
    static final int LEVELS_MAX = 40;

    private final OrganizationQueries organization;
    private final TreeReferrals referrals;

    TreeReveal(OrganizationQueries organization, TreeReferrals referrals) {
        this.organization = organization;
        this.referrals = referrals;
    }

    /** In the referral tree: per member on the path to {@code wanted}, the page of referrals holding the next one. */
    Map<String, ConsolePage<OrganizationNode>> referralPages(OrganizationNode root, String wanted) {
        String target = MemberIds.require(wanted, "find");
        if (target.equals(root.memberId())) {
            return Map.of();
        }
        List<String> path = pathDown(root.memberId(), target, Tree.UNILEVEL);
        Map<String, ConsolePage<OrganizationNode>> pages = new LinkedHashMap<>();
        for (int index = 0; index < path.size() - 1; index++) {
            pages.put(path.get(index), referrals.holding(path.get(index), path.get(index + 1)));
        }
        return pages;
    }

    Map<String, List<OrganizationNode>> pathChildren(OrganizationNode root, String wanted, Tree tree, int lastDepth) {
        String target = MemberIds.require(wanted, "find");
        if (target.equals(root.memberId())) {
            return Map.of();
        }
        List<String> path = pathDown(root.memberId(), target, tree);
        Map<String, List<OrganizationNode>> children = new LinkedHashMap<>();
        int depth = root.depth();
        for (String onPath : path.subList(0, path.size() - 1)) {
            if (depth >= lastDepth) {
                children.put(onPath, childrenOf(onPath, tree));
            }
            depth++;
        }
        return children;
    }

    /** The members from {@code top} down to {@code target}, both included. */
    private List<String> pathDown(String top, String target, Tree tree) {
        List<Upline> uplines = organization
                .uplines(target, tree, LEVELS_MAX + 1)
                .orElseThrow(() -> ApiException.notFound("member " + target));
        List<String> path = new ArrayList<>();
        path.add(target);
        for (Upline upline : uplines) {
            path.add(upline.memberId());
            if (upline.memberId().equals(top)) {
                Collections.reverse(path);
                return path;
            }
        }
        throw ApiException.unprocessable(
                "not_below",
                target + " is not within " + LEVELS_MAX + " levels below " + top + " in this tree: draw from"
                        + " one of its uplines");
    }

    private List<OrganizationNode> childrenOf(String memberId, Tree tree) {
        return organization
                .subtree(memberId, tree, 1)
                .map(found -> found.root().children())
                .orElse(List.of());
    }
}
