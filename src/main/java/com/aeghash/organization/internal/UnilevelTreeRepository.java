package com.aeghash.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The referral (unilevel) tree. */
interface UnilevelTreeRepository {

    Optional<UnilevelNode> find(String memberId);

    void insert(UnilevelNode node);

    /** Children of the given members (any number of them) ordered by referrer then member id, at most {@code limit}. */
    List<UnilevelNode> children(Collection<String> referrerIds, int limit);

    /**
     * One member's children after {@code fromMemberId} (exclusive, null: from the first) by member id, or before it
     * nearest first when {@code towardsFirst}; at most {@code limit}.
     */
    List<UnilevelNode> childrenFrom(String referrerId, String fromMemberId, boolean towardsFirst, int limit);
}
