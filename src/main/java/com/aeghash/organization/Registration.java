package com.aeghash.organization;

/**
 * A member to register. The first member of the organization has neither referrer nor sponsor and becomes
 * the root of both trees; every later member needs both.
 */
public record Registration(String memberId, String referrerId, String sponsorId) {}
