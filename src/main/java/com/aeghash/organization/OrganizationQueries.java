package com.aeghash.organization;

import com.aeghash.common.RegisteredMembers;
import java.util.List;
import java.util.Optional;

/** Reads of the organization for other modules and the API; also every module's {@link RegisteredMembers}. */
public interface OrganizationQueries extends RegisteredMembers {

    /**
     * The member's ancestors in the tree, nearest first ({@code level} 1 = parent), at most
     * {@code levelsMax}; read from the member's stored path with one query whatever the number of levels.
     * Empty when the member is not registered; an empty list for the root.
     */
    Optional<List<Upline>> uplines(String memberId, Tree tree, int levelsMax);

    /** The member and its descendants down to {@code depth} levels (capped by configuration). */
    Optional<OrganizationTree> subtree(String memberId, Tree tree, int depth);

    /**
     * A keyset page of the member's direct referrals in the referral (unilevel) tree, by member id, each without its
     * own children: those after {@code fromMemberId} (exclusive; null: from the first) in ascending order, or, when
     * {@code towardsFirst}, those before it, nearest first; at most {@code limit} (capped at 501). Empty when the
     * member is not in the tree.
     */
    Optional<List<OrganizationNode>> referrals(String memberId, String fromMemberId, boolean towardsFirst, int limit);

    /** The referral code of a registered member. */
    Optional<String> referralCode(String memberId);

    /** Spillovers below a sponsor, oldest first, after the given log id, at most {@code limit} (capped). */
    List<Spillover> spillovers(String sponsorId, long afterId, int limit);
}
