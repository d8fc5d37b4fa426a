package com.aeghash.bonus;

import java.time.Instant;

/** An operator's choice of a buyer's center, above the nearest center among the buyer's referral uplines. */
public record CenterAssignment(String memberId, String centerMemberId, String assignedBy, Instant assignedAt) {}
