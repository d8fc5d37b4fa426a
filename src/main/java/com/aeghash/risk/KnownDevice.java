package com.aeghash.risk;

import java.time.Instant;

/** A device a member has used (the {@code deviceId} of its withdrawal requests), first and last seen. */
public record KnownDevice(String memberId, String deviceId, Instant firstSeenAt, Instant lastSeenAt) {}
