package com.aeghash.organization.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The referral tree in memory, for unit tests without a database. */
public class InMemoryUnilevelTreeRepository implements UnilevelTreeRepository {

    private final Map<String, UnilevelNode> nodes = new HashMap<>();

    @Override
    public synchronized Optional<UnilevelNode> find(String memberId) {
        return Optional.ofNullable(nodes.get(memberId));
    }

    @Override
    public synchronized void insert(UnilevelNode node) {
        if (nodes.putIfAbsent(node.memberId(), node) != null) {
            throw new IllegalStateException("unilevel node " + node.memberId() + " exists");
        }
    }

    @Override
    public synchronized List<UnilevelNode> children(Collection<String> referrerIds, int limit) {
        return nodes.values().stream()
                .filter(node -> node.referrerId() != null && referrerIds.contains(node.referrerId()))
                .sorted(Comparator.comparing(UnilevelNode::referrerId).thenComparing(UnilevelNode::memberId))
                .limit(Math.max(limit, 0))
                .toList();
    }

    @Override
    public synchronized List<UnilevelNode> childrenFrom(
            String referrerId, String fromMemberId, boolean towardsFirst, int limit) {
        Comparator<UnilevelNode> byId = Comparator.comparing(UnilevelNode::memberId);
        return nodes.values().stream()
                .filter(node -> referrerId.equals(node.referrerId()))
                .filter(node -> fromMemberId == null
                        || (towardsFirst
                                ? node.memberId().compareTo(fromMemberId) < 0
                                : node.memberId().compareTo(fromMemberId) > 0))
                .sorted(towardsFirst ? byId.reversed() : byId)
                .limit(Math.max(limit, 0))
                .toList();
    }
}
