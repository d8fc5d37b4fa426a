package com.aeghash.rank;

import java.time.Instant;

/**
 * A full recomputation of every rank. Progress is in depth levels of the referral tree, deepest first.
 *
 * @param state          {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param changedMembers members whose rank it changed (each has a history row)
 */
public record RankRecomputation(
        long id,
        String state,
        String requestedBy,
        long totalMembers,
        int totalLevels,
        int levelsDone,
        long changedMembers,
        String error,
        Instant createdAt,
        Instant updatedAt,
        Instant completedAt) {}
