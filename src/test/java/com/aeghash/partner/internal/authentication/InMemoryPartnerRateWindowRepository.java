package com.aeghash.partner.internal.authentication;

import java.util.HashMap;
import java.util.Map;

/** {@link PartnerRateWindowRepository} in memory, for tests without a database. */
public class InMemoryPartnerRateWindowRepository implements PartnerRateWindowRepository {

    private record Window(String partnerId, long start) {}

    private final Map<Window, Integer> calls = new HashMap<>();

    @Override
    public synchronized boolean take(String partnerId, long windowStart, int limit) {
        Window window = new Window(partnerId, windowStart);
        int taken = calls.getOrDefault(window, 0);
        if (taken >= limit) {
            return false;
        }
        calls.put(window, taken + 1);
        return true;
    }

    @Override
    public synchronized int takeBlock(String partnerId, long windowStart, int limit, int wanted) {
        Window window = new Window(partnerId, windowStart);
        int taken = calls.getOrDefault(window, 0);
        if (wanted > 1 && taken + wanted <= limit) {
            calls.put(window, taken + wanted);
            return wanted;
        }
        return take(partnerId, windowStart, limit) ? 1 : 0;
    }

    /** The permits taken in a window so far. */
    public synchronized int taken(String partnerId, long windowStart) {
        return calls.getOrDefault(new Window(partnerId, windowStart), 0);
    }

    @Override
    public synchronized int purgeBefore(long windowStart, int limit) {
        var old = calls.keySet().stream()
                .filter(window -> window.start() < windowStart)
                .limit(limit)
                .toList();
        old.forEach(calls::remove);
        return old.size();
    }
}
