package com.aeghash.organization.internal;

/** A node of the referral tree; the root has no referrer. */
record UnilevelNode(String memberId, String referrerId, int depth, String path) {}
