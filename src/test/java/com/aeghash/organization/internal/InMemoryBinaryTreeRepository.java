package com.aeghash.organization.internal;

import com.aeghash.organization.Spillover;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The sponsor tree in memory, for unit tests without a database; same ordering rules as the SQL one. */
public class InMemoryBinaryTreeRepository implements BinaryTreeRepository {

    private final Map<String, BinaryNode> nodes = new HashMap<>();
    private final Map<String, BinaryNode> nodesBySlot = new HashMap<>();
    private final Map<Integer, NavigableMap<BigInteger, OpenSlot>> openSlotsByDepth = new HashMap<>();
    private final List<Spillover> spillovers = new ArrayList<>();

    @Override
    public synchronized Optional<BinaryNode> find(String memberId) {
        return Optional.ofNullable(nodes.get(memberId));
    }

    @Override
    public Optional<BinaryNode> findForPlacement(String memberId) {
        return find(memberId);
    }

    @Override
    public synchronized void insertNode(BinaryNode node, Instant placedAt) {
        String slotKey = node.parentId() + "/" + node.side();
        if (nodes.containsKey(node.memberId()) || (node.parentId() != null && nodesBySlot.containsKey(slotKey))) {
            throw new IllegalStateException("binary node or slot taken: " + node.memberId() + " at " + slotKey);
        }
        nodes.put(node.memberId(), node);
        if (node.parentId() != null) {
            nodesBySlot.put(slotKey, node);
        }
    }

    @Override
    public synchronized void insertOpenSlots(List<OpenSlot> slots) {
        slots.forEach(slot -> openSlotsByDepth
                .computeIfAbsent(slot.depth(), depth -> new TreeMap<>())
                .put(slot.position(), slot));
    }

    @Override
    public synchronized Optional<OpenSlot> firstOpenSlot(List<LevelRange> ranges) {
        for (LevelRange range : ranges) {
            NavigableMap<BigInteger, OpenSlot> level = openSlotsByDepth.get(range.depth());
            if (level != null) {
                Map.Entry<BigInteger, OpenSlot> first = level.ceilingEntry(range.fromInclusive());
                if (first != null && first.getKey().compareTo(range.toExclusive()) < 0) {
                    return Optional.of(first.getValue());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized boolean claim(OpenSlot slot) {
        NavigableMap<BigInteger, OpenSlot> level = openSlotsByDepth.get(slot.depth());
        return level != null && level.remove(slot.position()) != null;
    }

    @Override
    public synchronized void recordSpillover(String sponsorId, String memberId, OpenSlot slot, Instant occurredAt) {
        spillovers.add(new Spillover(
                spillovers.size() + 1, sponsorId, memberId, slot.parentId(), slot.side(), slot.depth(), occurredAt));
    }

    @Override
    public synchronized List<Spillover> spillovers(String sponsorId, long afterId, int limit) {
        return spillovers.stream()
                .filter(spillover -> spillover.sponsorId().equals(sponsorId) && spillover.id() > afterId)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<BinaryNode> children(Collection<String> parentIds) {
        return nodes.values().stream()
                .filter(node -> node.parentId() != null && parentIds.contains(node.parentId()))
                .sorted(Comparator.comparing(BinaryNode::parentId).thenComparing(BinaryNode::side))
                .toList();
    }

    @Override
    public synchronized void addLegVolumes(List<LegVolumeDelta> deltas) {
        Map<String, BinaryNode> changed = new HashMap<>();
        for (LegVolumeDelta delta : deltas) {
            BinaryNode node = changed.getOrDefault(delta.memberId(), nodes.get(delta.memberId()));
            if (node == null) {
                throw new IllegalStateException("leg PV update found no node " + delta.memberId());
            }
            changed.put(
                    node.memberId(),
                    withLegs(
                            node,
                            node.leftLegPv().add(delta.leftPv()),
                            node.rightLegPv().add(delta.rightPv())));
        }
        nodes.putAll(changed); // all or nothing, like the transaction around the SQL batch
    }

    private static BinaryNode withLegs(BinaryNode node, BigDecimal left, BigDecimal right) {
        if (left.signum() < 0 || right.signum() < 0) {
            throw new IllegalStateException("leg PV of " + node.memberId() + " would go below zero");
        }
        return new BinaryNode(
                node.memberId(),
                node.sponsorId(),
                node.parentId(),
                node.side(),
                node.depth(),
                node.position(),
                node.path(),
                left,
                right);
    }
}
