package com.aeghash.console.internal;

import com.aeghash.organization.OrganizationNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the organization page draws a tree as an outline: nodes above {@code lastDepth} are open with the children
 * read; nodes on the path to a revealed member are open with the children read for them ({@code pathChildren} in
 * the binary tree, {@code referralPages} in the referral tree); every other node at the last level read is closed
 * and loads its children on demand (htmx) when opened. A referral tree node shows a page of its referrals at a time
 * ({@link TreeReferrals}).
 *
 * @param tree          {@code binary} or {@code unilevel}
 * @param lastDepth     the deepest level read in one go (absolute depth)
 * @param pathChildren  the binary children of the members on the path to the revealed one, by member id
 * @param referralPages the page of referrals holding the next member on the path to the revealed one, by member id
 * @param readAlone     the members of those pages (read without their own referrals)
 * @param revealed      the member searched for, or null
 */
record TreeView(
        String tree,
        int lastDepth,
        Map<String, List<OrganizationNode>> pathChildren,
        Map<String, ConsolePage<OrganizationNode>> referralPages,
        Set<String> readAlone,
        String revealed) {

    /** A tree drawn without a member revealed in it. */
    TreeView(String tree, int lastDepth) {
        this(tree, lastDepth, Map.of(), Map.of(), Set.of(), null);
    }

    /** The binary tree with the path to {@code revealed} opened. */
    static TreeView revealing(
            String tree, int lastDepth, Map<String, List<OrganizationNode>> pathChildren, String revealed) {
        return new TreeView(tree, lastDepth, pathChildren, Map.of(), Set.of(), revealed);
    }

    /**
     * The referral tree with the path to {@code revealed} opened, a page of referrals per member on it: the members
     * of those pages were read without their own referrals, so those off the path load theirs when opened.
     */
    static TreeView revealingReferrals(
            String tree, int lastDepth, Map<String, ConsolePage<OrganizationNode>> referralPages, String revealed) {
        Set<String> readAlone = new HashSet<>();
        referralPages.values().forEach(page -> page.items().forEach(node -> readAlone.add(node.memberId())));
        return new TreeView(tree, lastDepth, Map.of(), referralPages, Set.copyOf(readAlone), revealed);
    }

    /** Whether the node is drawn open, its children below it. */
    public boolean open(OrganizationNode node) {
        return pathChildren.containsKey(node.memberId())
                || referralPages.containsKey(node.memberId())
                || (node.depth() < lastDepth && !readAlone.contains(node.memberId()));
    }

    /** The page of an open referral tree node's referrals shown (on the path to the revealed member: its page). */
    public ConsolePage<OrganizationNode> referrals(OrganizationNode node) {
        ConsolePage<OrganizationNode> onPath = referralPages.get(node.memberId());
        return onPath != null ? onPath : TreeReferrals.firstOf(node);
    }

    /** The node's children as read (in the window, or for the path to the revealed member). */
    public List<OrganizationNode> children(OrganizationNode node) {
        return pathChildren.getOrDefault(node.memberId(), node.children());
    }

    /** An open node's binary child on a side ({@code LEFT}, {@code RIGHT}), or null for an open slot. */
    public OrganizationNode child(OrganizationNode node, String side) {
        return children(node).stream()
                .filter(child -> child.side() != null && child.side().name().equals(side))
                .findFirst()
                .orElse(null);
    }

    public boolean isRevealed(OrganizationNode node) {
        return node.memberId().equals(revealed);
    }

    public boolean binary() {
        return !"unilevel".equals(tree);
    }
}
