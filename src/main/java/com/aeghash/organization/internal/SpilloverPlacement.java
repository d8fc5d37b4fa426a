package com.aeghash.organization.internal;

import com.aeghash.common.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Places a member in the sponsor's subtree: the first free slot breadth-first, left before right. One
 * search statement (one index probe per level below the sponsor) and one claim per attempt. Registrations
 * under the same sponsor are serialized by the sponsor's row lock; a claim can still be lost to a
 * registration under another sponsor whose subtree overlaps (the slot row is already deleted): it searches
 * again, at most {@code placementAttemptsMax} times. The (parent, side) unique constraint backs this up.
 */
final class SpilloverPlacement {

    private final BinaryTreeRepository binary;
    private final OrganizationProperties properties;

    SpilloverPlacement(BinaryTreeRepository binary, OrganizationProperties properties) {
        this.binary = binary;
        this.properties = properties;
    }

    /** Claims the slot, writes the node, its two open slots and (when it spilled over) the spillover log. */
    BinaryNode place(String memberId, BinaryNode sponsor, Instant now) {
        OpenSlot slot = claimFirstFreeSlot(sponsor);
        String parentPath = slot.parentId().equals(sponsor.memberId())
                ? sponsor.path()
                : binary.find(slot.parentId())
                        .map(BinaryNode::path)
                        .orElseThrow(() -> new IllegalStateException("open slot of missing node " + slot.parentId()));
        BinaryNode node = BinaryNode.placed(memberId, sponsor.memberId(), slot, parentPath);
        binary.insertNode(node, now);
        binary.insertOpenSlots(node.childSlots());
        if (!slot.parentId().equals(sponsor.memberId())) {
            binary.recordSpillover(sponsor.memberId(), memberId, slot, now);
        }
        return node;
    }

    private OpenSlot claimFirstFreeSlot(BinaryNode sponsor) {
        int levels = Math.min(BinaryPositions.SEARCH_LEVELS, properties.depthMax() - sponsor.depth());
        if (levels < 1) {
            throw tooDeep(sponsor.memberId());
        }
        List<LevelRange> ranges = BinaryPositions.subtreeRanges(sponsor.depth(), sponsor.position(), levels);
        for (int attempt = 1; attempt <= properties.placementAttemptsMax(); attempt++) {
            OpenSlot slot = binary.firstOpenSlot(ranges).orElseThrow(() -> noSlot(sponsor, levels));
            if (binary.claim(slot)) {
                return slot;
            }
        }
        throw new ApiException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "placement_contended",
                null,
                "too many concurrent registrations below " + sponsor.memberId() + "; retry",
                Map.of());
    }

    private RuntimeException noSlot(BinaryNode sponsor, int levels) {
        if (levels < BinaryPositions.SEARCH_LEVELS) {
            return tooDeep(sponsor.memberId());
        }
        // Unreachable with fewer than 2^40 members (see BinaryPositions.SEARCH_LEVELS): a broken invariant.
        return new IllegalStateException("no free slot within " + levels + " levels below " + sponsor.memberId());
    }

    static ApiException tooDeep(String memberId) {
        return ApiException.unprocessable(
                "organization_too_deep", "the tree below " + memberId + " is full down to the configured depth limit");
    }
}
