package com.aeghash.risk.internal;

import com.aeghash.risk.KnownDevice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Devices per member; SQL ({@link JdbcKnownDeviceRepository}) and in memory. */
interface KnownDeviceRepository {

    /**
     * Upserts the device: inserts it when new (first and last seen = now), otherwise moves its last-seen time
     * forward. Safe under concurrency (insert-if-absent, then update). True when this call inserted it.
     */
    boolean recordSighting(String memberId, String deviceId, Instant now);

    Optional<KnownDevice> find(String memberId, String deviceId);

    /** The member's devices, most recently seen first, at most {@code limit}. */
    List<KnownDevice> findByMember(String memberId, int limit);

    /** The member's devices before (first seen, device id), both descending: a keyset page. */
    List<KnownDevice> findByMemberBefore(String memberId, Instant firstSeenAt, String deviceId, int limit);
}
