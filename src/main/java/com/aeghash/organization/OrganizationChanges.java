package com.aeghash.organization;

import java.math.BigDecimal;

/**
 * Changes to the organization: members joining it and the sales volume of their legs (the writes beside
 * {@link OrganizationQueries}). Both methods join the caller's transaction.
 */
public interface OrganizationChanges {

    /**
     * Registers a member in both trees: under the referrer in the unilevel tree; under the sponsor in the
     * binary tree, or in the first free slot breadth-first (left before right) of the sponsor's subtree.
     *
     * @throws com.aeghash.common.ApiException 409 {@code member_exists}; 422 {@code unknown_referrer},
     *         {@code unknown_sponsor}, {@code referrer_required}, {@code sponsor_required},
     *         {@code organization_too_deep}; 400 for malformed ids
     */
    RegisteredMember register(Registration registration, String actor);

    /**
     * Records PV (negative to take it back, e.g. a refund) for the left or right leg total of every binary
     * ancestor of the member, on the side of the leg the member is in. One insert that locks no tree row; the
     * totals include it once the leg-volume job has folded it in (within about a second; see
     * {@link OrganizationNode}).
     *
     * @throws com.aeghash.common.ApiException 422 {@code unknown_member}
     */
    void addSalesVolume(String memberId, BigDecimal pvDelta);
}
