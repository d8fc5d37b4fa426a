package com.aeghash.organization;

import java.time.Instant;

/** A member placed in the sponsor's subtree below someone else because the sponsor's slots were taken. */
public record Spillover(
        long id, String sponsorId, String memberId, String parentId, Side side, int depth, Instant occurredAt) {}
