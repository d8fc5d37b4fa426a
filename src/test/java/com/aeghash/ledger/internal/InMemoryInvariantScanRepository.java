package com.aeghash.ledger.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The last invariant scan in memory, for unit tests. */
public class InMemoryInvariantScanRepository implements InvariantScanRepository {

    private final AtomicReference<InvariantScan> last = new AtomicReference<>();

    @Override
    public void record(InvariantScan scan) {
        last.accumulateAndGet(
                scan,
                (current, candidate) ->
                        current != null && current.checkedAt().isAfter(candidate.checkedAt()) ? current : candidate);
    }

    @Override
    public Optional<InvariantScan> last() {
        return Optional.ofNullable(last.get());
    }
}
