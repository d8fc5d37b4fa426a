package com.aeghash.organization.internal;

import com.aeghash.organization.NodeRanks;
import com.aeghash.organization.OrganizationNode;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.OrganizationTree;
import com.aeghash.organization.Side;
import com.aeghash.organization.Spillover;
import com.aeghash.organization.Tree;
import com.aeghash.organization.Upline;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of both trees; subtrees are read level by level (one statement per level, node count capped). */
@Service
@Transactional(readOnly = true)
class OrganizationQueriesService implements OrganizationQueries {

    static final int SPILLOVER_PAGE_MAX = 500;
    static final int REFERRALS_PAGE_MAX = 501;
    private final MemberRepository members;
    private final UnilevelTreeRepository unilevel;
    private final BinaryTreeRepository binary;
    private final OrganizationProperties properties;
    private final NodeRanks ranks;

    public OrganizationQueriesService(
            MemberRepository members,
            UnilevelTreeRepository unilevel,
            BinaryTreeRepository binary,
            OrganizationProperties properties) {
        this(members, unilevel, binary, properties, ids -> Map.of());
    }

    /** {@code ranks}: the rank module's, when it is there (organization does not depend on it). */
    @Autowired
    OrganizationQueriesService(
            MemberRepository members,
            UnilevelTreeRepository unilevel,
            BinaryTreeRepository binary,
            OrganizationProperties properties,
            ObjectProvider<NodeRanks> ranks) {
        this(members, unilevel, binary, properties, ranks.getIfAvailable(() -> ids -> Map.of()));
    }

    private OrganizationQueriesService(
            MemberRepository members,
            UnilevelTreeRepository unilevel,
            BinaryTreeRepository binary,
            OrganizationProperties properties,
            NodeRanks ranks) {
        this.ranks = ranks;
        this.members = members;
        this.unilevel = unilevel;
        this.binary = binary;
        this.properties = properties;
    }

    @Override
    public boolean isRegistered(String memberId) {
        return members.exists(memberId);
    }

    @Override
    public Optional<List<Upline>> uplines(String memberId, Tree tree, int levelsMax) {
        Optional<String> path = tree == Tree.UNILEVEL
                ? unilevel.find(memberId).map(UnilevelNode::path)
                : binary.find(memberId).map(BinaryNode::path);
        return path.map(found -> TreePaths.uplines(found, Math.max(levelsMax, 0)));
    }

    @Override
    public Optional<String> referralCode(String memberId) {
        return members.referralCode(memberId);
    }

    /** The member's current rank, empty without the rank module or for a member it has not seen yet. */
    public Optional<String> rankOf(String memberId) {
        return Optional.ofNullable(ranks.ranksOf(List.of(memberId)).get(memberId));
    }

    /** The member whose referral code this is, as a person typed it ({@link ReferralCodes#typed}). */
    public Optional<String> memberIdByReferralCode(String typedCode) {
        return ReferralCodes.typed(typedCode).flatMap(members::memberIdByReferralCode);
    }

    @Override
    public List<Spillover> spillovers(String sponsorId, long afterId, int limit) {
        return binary.spillovers(sponsorId, afterId, Math.min(Math.max(limit, 1), SPILLOVER_PAGE_MAX));
    }

    @Override
    public Optional<List<OrganizationNode>> referrals(
            String memberId, String fromMemberId, boolean towardsFirst, int limit) {
        if (unilevel.find(memberId).isEmpty()) {
            return Optional.empty();
        }
        List<Level> children = unilevel
                .childrenFrom(memberId, fromMemberId, towardsFirst, Math.min(Math.max(limit, 1), REFERRALS_PAGE_MAX))
                .stream()
                .map(Level::of)
                .toList();
        List<String> shown = children.stream().map(Level::memberId).toList();
        Labels labels = new Labels(members.names(shown), ranks.ranksOf(shown));
        return Optional.of(
                children.stream().map(child -> child.toNode(Map.of(), labels)).toList());
    }

    @Override
    public Optional<OrganizationTree> subtree(String memberId, Tree tree, int depth) {
        int depthShown = Math.min(Math.max(depth, 0), properties.readDepthMax());
        Optional<Level> top = tree == Tree.UNILEVEL
                ? unilevel.find(memberId).map(Level::of)
                : binary.find(memberId).map(Level::of);
        return top.map(level -> read(tree, level, depthShown));
    }

    private OrganizationTree read(Tree tree, Level top, int depthShown) {
        Map<String, List<Level>> childrenByParent = new HashMap<>();
        List<Level> current = List.of(top);
        int nodes = 1;
        boolean truncated = false;
        for (int below = 1; below <= depthShown && !current.isEmpty() && !truncated; below++) {
            int remaining = properties.readNodesMax() - nodes;
            List<Level> next = children(tree, current, remaining + 1);
            if (next.size() > remaining) {
                next = next.subList(0, remaining);
                truncated = true;
            }
            next.forEach(child -> childrenByParent
                    .computeIfAbsent(child.parentId(), key -> new ArrayList<>())
                    .add(child));
            nodes += next.size();
            current = next;
        }
        List<String> shown = new ArrayList<>();
        shown.add(top.memberId());
        childrenByParent.values().forEach(children -> children.forEach(child -> shown.add(child.memberId())));
        Labels labels = new Labels(members.names(shown), ranks.ranksOf(shown));
        return new OrganizationTree(tree, depthShown, truncated, top.toNode(childrenByParent, labels));
    }

    private List<Level> children(Tree tree, List<Level> parents, int limit) {
        List<String> parentIds = parents.stream().map(Level::memberId).toList();
        if (tree == Tree.UNILEVEL) {
            return unilevel.children(parentIds, limit).stream().map(Level::of).toList();
        }
        return binary.children(parentIds).stream().map(Level::of).toList();
    }

    /** One node while a subtree is assembled. */
    private record Level(
            String memberId, String parentId, int depth, Side side, BigDecimal leftLegPv, BigDecimal rightLegPv) {

        static Level of(UnilevelNode node) {
            return new Level(node.memberId(), node.referrerId(), node.depth(), null, null, null);
        }

        static Level of(BinaryNode node) {
            return new Level(
                    node.memberId(), node.parentId(), node.depth(), node.side(), node.leftLegPv(), node.rightLegPv());
        }

        OrganizationNode toNode(Map<String, List<Level>> childrenByParent, Labels labels) {
            List<OrganizationNode> children = childrenByParent.getOrDefault(memberId, List.of()).stream()
                    .map(child -> child.toNode(childrenByParent, labels))
                    .toList();
            return new OrganizationNode(
                    memberId,
                    labels.names().get(memberId),
                    labels.ranks().get(memberId),
                    depth,
                    side,
                    leftLegPv,
                    rightLegPv,
                    children);
        }
    }

    /** The display names and ranks of the nodes shown, read once per tree. */
    private record Labels(Map<String, String> names, Map<String, String> ranks) {}
}
