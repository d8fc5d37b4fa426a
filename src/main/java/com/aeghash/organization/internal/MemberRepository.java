package com.aeghash.organization.internal;

import java.time.Instant;
import java.util.Optional;

/** Registered members, their referral codes and the organization's single root. */
interface MemberRepository {

    /** A fresh member number (never handed out twice); referral codes are derived from it. */
    long nextMemberNumber();

    /** Inserts the member; false (and nothing written) when the member id is registered already. */
    boolean insert(String memberId, String referralCode, Instant registeredAt, String registeredBy);

    /** Makes the member the root; false when the organization has a root already. */
    boolean claimRoot(String memberId);

    Optional<String> rootMemberId();

    boolean exists(String memberId);

    Optional<String> referralCode(String memberId);
}
