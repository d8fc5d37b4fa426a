package com.aeghash.organization.internal;

import com.aeghash.organization.Spillover;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A binary tree repository that hands every call on; tests override the one call they make fail. */
class DelegatingBinaryTree implements BinaryTreeRepository {

    private final BinaryTreeRepository target;

    DelegatingBinaryTree(BinaryTreeRepository target) {
        this.target = target;
    }

    @Override
    public Optional<BinaryNode> find(String memberId) {
        return target.find(memberId);
    }

    @Override
    public Optional<BinaryNode> findForPlacement(String memberId) {
        return target.findForPlacement(memberId);
    }

    @Override
    public void insertNode(BinaryNode node, Instant placedAt) {
        target.insertNode(node, placedAt);
    }

    @Override
    public void insertOpenSlots(List<OpenSlot> slots) {
        target.insertOpenSlots(slots);
    }

    @Override
    public Optional<OpenSlot> firstOpenSlot(List<LevelRange> ranges) {
        return target.firstOpenSlot(ranges);
    }

    @Override
    public boolean claim(OpenSlot slot) {
        return target.claim(slot);
    }

    @Override
    public void recordSpillover(String sponsorId, String memberId, OpenSlot slot, Instant occurredAt) {
        target.recordSpillover(sponsorId, memberId, slot, occurredAt);
    }

    @Override
    public List<Spillover> spillovers(String sponsorId, long afterId, int limit) {
        return target.spillovers(sponsorId, afterId, limit);
    }

    @Override
    public List<BinaryNode> children(Collection<String> parentIds) {
        return target.children(parentIds);
    }

    @Override
    public void addLegVolumes(List<LegVolumeDelta> deltas) {
        target.addLegVolumes(deltas);
    }
}
