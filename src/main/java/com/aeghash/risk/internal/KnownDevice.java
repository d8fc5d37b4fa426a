package com.aeghash.risk.internal;

import java.time.Instant;

/** A device a member has used, with when it was first and last seen. */
record KnownDevice(String memberId, String deviceId, Instant firstSeenAt, Instant lastSeenAt) {
}
