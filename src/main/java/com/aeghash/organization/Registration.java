package com.aeghash.organization;

/**
 * A member to register. The first member of the organization has neither referrer nor sponsor and becomes
 * the root of both trees; every later member needs both. {@code name} is the optional display name (see
 * {@link MemberNames}).
 */
public record Registration(String memberId, String referrerId, String sponsorId, String name) {

    /** A registration without a display name. */
    public Registration(String memberId, String referrerId, String sponsorId) {
        this(memberId, referrerId, sponsorId, null);
    }
}
