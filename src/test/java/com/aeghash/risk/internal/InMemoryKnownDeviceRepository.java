package com.aeghash.risk.internal;

import com.aeghash.risk.KnownDevice;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Known devices in memory, for unit tests. */
class InMemoryKnownDeviceRepository implements KnownDeviceRepository {

    private final Map<String, KnownDevice> devices = new ConcurrentHashMap<>();

    @Override
    public boolean recordSighting(String memberId, String deviceId, Instant now) {
        boolean[] inserted = {false};
        devices.compute(key(memberId, deviceId), (key, known) -> {
            if (known == null) {
                inserted[0] = true;
                return new KnownDevice(memberId, deviceId, now, now);
            }
            return known.lastSeenAt().isBefore(now)
                    ? new KnownDevice(memberId, deviceId, known.firstSeenAt(), now)
                    : known;
        });
        return inserted[0];
    }

    @Override
    public Optional<KnownDevice> find(String memberId, String deviceId) {
        return Optional.ofNullable(devices.get(key(memberId, deviceId)));
    }

    @Override
    public List<KnownDevice> findByMember(String memberId, int limit) {
        return devices.values().stream()
                .filter(device -> device.memberId().equals(memberId))
                .sorted(Comparator.comparing(KnownDevice::lastSeenAt).reversed().thenComparing(KnownDevice::deviceId))
                .limit(limit)
                .toList();
    }

    @Override
    public List<KnownDevice> findByMemberBefore(String memberId, Instant firstSeenAt, String deviceId, int limit) {
        Comparator<KnownDevice> newestFirst = Comparator.comparing(KnownDevice::firstSeenAt)
                .thenComparing(KnownDevice::deviceId)
                .reversed();
        KnownDevice position = new KnownDevice(memberId, deviceId, firstSeenAt, firstSeenAt);
        return devices.values().stream()
                .filter(device -> device.memberId().equals(memberId))
                .filter(device -> newestFirst.compare(device, position) > 0)
                .sorted(newestFirst)
                .limit(limit)
                .toList();
    }

    private static String key(String memberId, String deviceId) {
        return memberId + "\u0000" + deviceId;
    }
}
