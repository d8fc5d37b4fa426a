package com.aeghash.organization.internal;

import java.math.BigInteger;

/** The positions {@code [fromInclusive, toExclusive)} at one depth that lie inside some subtree. */
record LevelRange(int depth, BigInteger fromInclusive, BigInteger toExclusive) {}
