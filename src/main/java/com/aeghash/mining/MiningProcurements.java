package com.aeghash.mining;

import java.util.List;

/** The backing of members' hash power by the project's, and the procurements that buy it (read side). */
public interface MiningProcurements {

    /** Members' hash power against the project's, from the latest project snapshot (or HashDam now, without one). */
    BackingReport backing();

    /** Newest first, at most {@code limit} (capped at 200), without their steps; {@code status} null = any. */
    List<Procurement> procurements(ProcurementStatus status, int limit);

    /** As {@link #procurements}, those with ids below {@code beforeId}: a keyset page. */
    List<Procurement> procurementsBefore(ProcurementStatus status, long beforeId, int limit);
}
