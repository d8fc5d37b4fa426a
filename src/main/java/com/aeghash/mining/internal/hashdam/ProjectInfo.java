package com.aeghash.mining.internal.hashdam;

import java.time.Instant;

/** {@code projectInfo}: the platform's project at HashDam. */
record ProjectInfo(String projectName, String coinExAccount, Instant createdAt) {}
