package com.aeghash.console.internal;

import com.aeghash.organization.OrganizationNode;
import java.util.List;
import java.util.Map;

/**
 * How the organization page draws a tree as an outline: nodes above {@code lastDepth} are open with the children
 * read; nodes on the path to a revealed member are open with the children read for them ({@code pathChildren});
 * every other node at the last level read is closed and loads its children on demand (htmx) when opened.
 *
 * @param tree         {@code binary} or {@code unilevel}
 * @param lastDepth    the deepest level read in one go (absolute depth)
 * @param pathChildren the children of the members on the path to the revealed one, by member id
 * @param revealed     the member searched for, or null
 */
record TreeView(String tree, int lastDepth, Map<String, List<OrganizationNode>> pathChildren, String revealed) {

    /** Whether the node is drawn open, its children below it. */
    public boolean open(OrganizationNode node) {
        return node.depth() < lastDepth || pathChildren.containsKey(node.memberId());
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
