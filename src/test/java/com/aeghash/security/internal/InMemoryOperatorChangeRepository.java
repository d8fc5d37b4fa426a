package com.aeghash.security.internal;

import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChangeState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Operator changes in memory, for unit tests. */
public class InMemoryOperatorChangeRepository implements OperatorChangeRepository {

    private final Map<Long, StoredChange> changes = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized Optional<OperatorChange> insert(OperatorChange pending, String passwordHash) {
        boolean onePending = changes.values().stream()
                .map(StoredChange::change)
                .anyMatch(change -> change.state() == OperatorChangeState.PENDING
                        && change.username().equals(pending.username()));
        if (onePending) {
            return Optional.empty();
        }
        OperatorChange stored = pending.withId(ids.incrementAndGet());
        changes.put(stored.id(), new StoredChange(stored, passwordHash));
        return Optional.of(stored);
    }

    @Override
    public Optional<StoredChange> lock(long id) {
        return Optional.ofNullable(changes.get(id));
    }

    @Override
    public synchronized boolean decide(OperatorChange decided) {
        StoredChange current = changes.get(decided.id());
        if (current == null || current.change().state() != OperatorChangeState.PENDING) {
            return false;
        }
        changes.put(decided.id(), new StoredChange(decided, null));
        return true;
    }

    @Override
    public List<OperatorChange> pending() {
        return changes.values().stream()
                .map(StoredChange::change)
                .filter(change -> change.state() == OperatorChangeState.PENDING)
                .toList();
    }
}
