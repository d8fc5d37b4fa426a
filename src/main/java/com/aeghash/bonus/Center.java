package com.aeghash.bonus;

import java.time.Instant;

/**
 * A member designated as a center: it receives the center bonus of the orders of its buyers, its referrer the center
 * referral bonus ({@code referrerMemberId}, null for the root).
 */
public record Center(String memberId, String referrerMemberId, String designatedBy, Instant designatedAt) {}
