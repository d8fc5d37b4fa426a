package com.aeghash.organization.internal;

import com.aeghash.organization.Spillover;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The sponsor (binary) tree: nodes, their open child slots, the spillover log and leg PV totals. */
interface BinaryTreeRepository {

    Optional<BinaryNode> find(String memberId);

    /**
     * Reads the sponsor of a registration and locks its row until the transaction ends: registrations under
     * the same sponsor queue here instead of racing for the same free slot.
     */
    Optional<BinaryNode> findForPlacement(String memberId);

    /** Inserts the node; the (parent, side) slot is unique, so a double placement fails. */
    void insertNode(BinaryNode node, Instant placedAt);

    void insertOpenSlots(List<OpenSlot> slots);

    /**
     * The free slot with the smallest (depth, position) among the given ranges (one per depth), found with
     * one statement whatever the size of the tree; empty when every range is full.
     */
    Optional<OpenSlot> firstOpenSlot(List<LevelRange> ranges);

    /** Takes the slot for a placement in this transaction; false when another placement took it first. */
    boolean claim(OpenSlot slot);

    void recordSpillover(String sponsorId, String memberId, OpenSlot slot, Instant occurredAt);

    /** Spillovers below the sponsor with a log id above {@code afterId}, oldest first, at most {@code limit}. */
    List<Spillover> spillovers(String sponsorId, long afterId, int limit);

    /** Children of the given nodes ordered by parent then side. */
    List<BinaryNode> children(Collection<String> parentIds);

    /**
     * Adds the deltas to the nodes' leg totals, in the given (member id) order so that concurrent writers never
     * deadlock.
     *
     * @throws IllegalStateException when a node is missing (nothing must then be committed)
     */
    void addLegVolumes(List<LegVolumeDelta> deltas);
}
