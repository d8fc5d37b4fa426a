package com.aeghash.mining.internal.project;

import com.aeghash.mining.ProjectSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public class InMemoryProjectSnapshotRepository implements ProjectSnapshotRepository {

    private final List<ProjectSnapshot> snapshots = new ArrayList<>();

    @Override
    public synchronized ProjectSnapshot insert(ProjectSnapshot snapshot) {
        ProjectSnapshot stored = new ProjectSnapshot(
                snapshots.size() + 1L,
                snapshot.takenAt(),
                snapshot.hashBalance(),
                snapshot.assets(),
                snapshot.hashRate());
        snapshots.add(stored);
        return stored;
    }

    @Override
    public synchronized Optional<ProjectSnapshot> latest() {
        return snapshots.stream()
                .max(Comparator.comparing(ProjectSnapshot::takenAt).thenComparing(ProjectSnapshot::id));
    }
}
