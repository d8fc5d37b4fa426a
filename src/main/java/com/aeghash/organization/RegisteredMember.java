package com.aeghash.organization;

/**
 * Where a registration placed the member. In the binary tree {@code parentId} differs from {@code sponsorId}
 * exactly when the member spilled over; the root has no referrer, sponsor, parent or side.
 */
public record RegisteredMember(
        String memberId,
        String referralCode,
        String referrerId,
        int unilevelDepth,
        String unilevelPath,
        String sponsorId,
        String parentId,
        Side side,
        int binaryDepth,
        String binaryPath,
        boolean spillover) {}
