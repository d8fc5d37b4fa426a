package com.aeghash.mining.internal.project;

import com.aeghash.mining.ProjectSnapshot;
import java.util.Optional;

/** {@code mining_project_snapshots} with their per-coin asset balances. Implemented over SQL and in memory. */
public interface ProjectSnapshotRepository {

    /** Stores the snapshot (its id is ignored) and returns it with the id given by the store. */
    ProjectSnapshot insert(ProjectSnapshot snapshot);

    /** The most recently taken snapshot. */
    Optional<ProjectSnapshot> latest();
}
