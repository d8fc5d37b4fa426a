package com.aeghash.organization;

import java.time.Instant;

/**
 * Published in the registration's transaction when a member joined the organization ({@code referrerId} null for
 * the root). Listeners with {@code @ApplicationModuleListener} see it once the registration committed.
 *
 * @param unilevelDepth the member's ancestors in the referral tree
 */
public record MemberRegistered(String memberId, String referrerId, int unilevelDepth, Instant registeredAt) {}
