package com.aeghash.organization.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Registered members, their referral codes and the organization's single root. */
interface MemberRepository {

    /**
     * Inserts the member; false (and nothing written) when the member id is registered already or the referral code
     * is taken.
     */
    boolean insert(String memberId, String referralCode, Instant registeredAt, String registeredBy, String name);

    /** {@link #insert(String, String, Instant, String, String)} without a display name. */
    default boolean insert(String memberId, String referralCode, Instant registeredAt, String registeredBy) {
        return insert(memberId, referralCode, registeredAt, registeredBy, null);
    }

    /** Makes the member the root; false when the organization has a root already. */
    boolean claimRoot(String memberId);

    Optional<String> rootMemberId();

    boolean exists(String memberId);

    Optional<String> referralCode(String memberId);

    /** The display names of those of the given members that have one. */
    Map<String, String> names(Collection<String> memberIds);

    /** The member whose referral code this is (exactly as stored). */
    Optional<String> memberIdByReferralCode(String referralCode);
}
