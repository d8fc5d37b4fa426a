package com.aeghash.bonus;

import java.util.List;
import java.util.Optional;

/**
 * Operators' management of centers and of buyers' explicit centers. Every change is audited in its transaction.
 * A buyer's center is its explicit assignment when there is one, else the nearest center among its referral uplines
 * (the buyer itself does not count).
 */
public interface BonusCenters {

    /** Who manages centers and assignments: the one rule of the API and the console. A Spring Security expression. */
    String MANAGERS = "hasRole('ADMIN')";

    /** Centers by member id after {@code afterMemberId} (null = from the start), at most {@code limit} (1-200). */
    List<Center> centers(String afterMemberId, int limit);

    /**
     * Designates a registered member as a center.
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown member, 409 {@code already_center}
     */
    Center designate(String memberId, String actor);

    /**
     * Revokes a center; the explicit assignments to it are removed with it (counted in the audit entry).
     *
     * @throws com.aeghash.common.ApiException 404 when the member is not a center
     */
    void revoke(String memberId, String actor);

    /** The buyer's explicit center, if an operator assigned one. */
    Optional<CenterAssignment> assignmentOf(String memberId);

    /**
     * Assigns the buyer's center explicitly (replacing an earlier assignment).
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown buyer or center member, 422 {@code not_a_center},
     *     422 {@code self_assignment}
     */
    CenterAssignment assign(String memberId, String centerMemberId, String actor);

    /**
     * Removes the buyer's explicit center; true when there was one.
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown member
     */
    boolean clearAssignment(String memberId, String actor);
}
