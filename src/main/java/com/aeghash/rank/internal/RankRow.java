package com.aeghash.rank.internal;

import java.time.Instant;

/** A row of {@code member_ranks}: levels as stored (FREE = 0 ... D5 = 6). */
record RankRow(String memberId, String referrerId, int depth, int level, int highestLevel, Instant since) {}
