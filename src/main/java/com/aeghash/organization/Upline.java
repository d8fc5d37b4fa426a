package com.aeghash.organization;

/** An ancestor of a member: {@code level} 1 is the direct parent (referrer or binary parent). */
public record Upline(int level, String memberId) {}
