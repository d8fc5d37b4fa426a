package com.aeghash.partner.internal.events;

import com.aeghash.common.UnitOfWork;
import com.aeghash.partner.internal.authentication.SignatureCheck;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts, in this instance's memory, the partner calls that get no inbound event of their own, and writes the
 * counts as {@link RejectedCalls} rows when flushed ({@link PartnerRejectedCallsJob}, every
 * {@code aeghash.partner.rejected-calls-interval}, and once more when the service stops).
 *
 * <p>Memory is bounded whatever the flood: one tally per (reason, partner, response status), all of which are few,
 * and per tally at most {@value #ADDRESSES_MAX} addresses told apart. A crash loses at most the counts of one
 * interval (they are counts, not money or evidence of a call that was accepted). A flush whose write fails puts its
 * counts back, so the next flush writes them.
 */
@Component
public class RejectedCallCounts {

    private static final Logger log = LoggerFactory.getLogger(RejectedCallCounts.class);
    static final int ADDRESSES_MAX = 1000;

    private final RejectedCallRepository repository;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private Map<Key, Tally> tallies = new LinkedHashMap<>();

    RejectedCallCounts(RejectedCallRepository repository, UnitOfWork unitOfWork, Clock clock) {
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Counts one refused call. */
    public synchronized void count(SignatureCheck check, String partnerId, int responseStatus, String address) {
        tallies.computeIfAbsent(new Key(check, partnerId, responseStatus), key -> new Tally(clock.instant()))
                .add(address, clock.instant());
    }

    /** Writes what was counted since the last flush, one row per tally; returns the rows written. */
    public int flush() {
        Map<Key, Tally> taken = takeAll();
        if (taken.isEmpty()) {
            return 0;
        }
        List<RejectedCalls> rows = new ArrayList<>();
        taken.forEach((key, tally) -> rows.add(tally.toRow(key)));
        try {
            unitOfWork.inNewTransaction(() -> repository.insertAll(rows));
        } catch (RuntimeException unrecorded) {
            log.error(
                    "could not record {} rejected-call counts; keeping them for the next flush",
                    rows.size(),
                    unrecorded);
            putBack(taken);
            return 0;
        }
        return rows.size();
    }

    private synchronized Map<Key, Tally> takeAll() {
        Map<Key, Tally> taken = tallies;
        tallies = new LinkedHashMap<>();
        return taken;
    }

    private synchronized void putBack(Map<Key, Tally> taken) {
        taken.forEach((key, tally) -> tallies.merge(key, tally, Tally::merge));
    }

    private record Key(SignatureCheck check, String partnerId, int responseStatus) {}

    /** The counts of one key since the last flush. Used only under the lock of {@link RejectedCallCounts}. */
    private static final class Tally {
        private final Map<String, Long> callsByAddress = new HashMap<>();
        private Instant firstAt;
        private Instant lastAt;
        private long calls;

        Tally(Instant firstAt) {
            this.firstAt = firstAt;
            this.lastAt = firstAt;
        }

        void add(String address, Instant at) {
            calls++;
            lastAt = at;
            countAddress(Objects.requireNonNullElse(address, "unknown"), 1);
        }

        /** Beyond {@value #ADDRESSES_MAX} distinct addresses, further ones are counted in the calls only. */
        private void countAddress(String address, long addressCalls) {
            if (callsByAddress.containsKey(address) || callsByAddress.size() < ADDRESSES_MAX) {
                callsByAddress.merge(address, addressCalls, Long::sum);
            }
        }

        Tally merge(Tally later) {
            calls += later.calls;
            firstAt = firstAt.isBefore(later.firstAt) ? firstAt : later.firstAt;
            lastAt = lastAt.isAfter(later.lastAt) ? lastAt : later.lastAt;
            later.callsByAddress.forEach(this::countAddress);
            return this;
        }

        RejectedCalls toRow(Key key) {
            Map.Entry<String, Long> busiest = callsByAddress.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElse(Map.entry("unknown", 0L));
            return new RejectedCalls(
                    0,
                    firstAt,
                    lastAt,
                    key.check(),
                    key.partnerId(),
                    key.responseStatus(),
                    calls,
                    callsByAddress.size(),
                    busiest.getKey(),
                    busiest.getValue());
        }
    }
}
