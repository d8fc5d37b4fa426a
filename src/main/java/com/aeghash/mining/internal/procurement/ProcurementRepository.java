package com.aeghash.mining.internal.procurement;

import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Procurements and their steps. Writes join the caller's transaction. */
interface ProcurementRepository {

    /** Stores a new procurement awaiting approval with its first step; returns it. */
    Procurement insert(BigDecimal creditAmount, String requestedBy, String reason, Instant now);

    Optional<Procurement> find(long id);

    /** The row locked for the rest of the transaction. */
    Optional<Procurement> lock(long id);

    /** Applies the change to a locked row; adds a step when the status changes. */
    Procurement apply(Procurement current, ProcurementChange change, Instant now);

    List<Procurement.Step> steps(long id);

    /** Newest first, ids below {@code beforeId}, at most {@code limit}. */
    List<Procurement> list(ProcurementStatus status, long beforeId, int limit);

    /** Ids of procurements not final and not waiting for an operator whose next check is due, oldest first. */
    List<Long> due(Instant now, int limit);

    boolean chargeIdTaken(String chargeId);

    boolean swapIdTaken(String swapId);
}
