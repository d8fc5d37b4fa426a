package com.aeghash.organization;

import java.math.BigDecimal;

/**
 * A member's place in the organization. The root has no referrer, sponsor, parent or side; in the binary tree
 * {@code parentId} differs from {@code sponsorId} exactly when the member spilled over.
 *
 * @param name          the display name, null when none was given
 * @param unilevelDepth ancestors in the referral tree
 * @param binaryDepth   ancestors in the sponsor tree
 */
public record MemberPosition(
        String memberId,
        String name,
        String referralCode,
        String referrerId,
        int unilevelDepth,
        String sponsorId,
        String parentId,
        Side side,
        int binaryDepth,
        BigDecimal leftLegPv,
        BigDecimal rightLegPv) {}
