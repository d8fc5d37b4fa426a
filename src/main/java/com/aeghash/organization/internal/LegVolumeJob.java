package com.aeghash.organization.internal;

import com.aeghash.common.UnitOfWork;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds pending sales volume events into the leg PV totals of the binary tree, every
 * {@code aeghash.organization.leg-volume-interval} (1 s), one instance at a time (ShedLock). Each round is one
 * transaction over the oldest {@value #ROUND_EVENTS_MAX} events: delete them, add what they come to to every
 * ancestor's legs in one batch. The deletion and the totals commit together, so an interrupted run loses
 * nothing and a re-run adds nothing twice; a round whose events were taken by another fold in the meantime
 * (ShedLock's lease ran out) deletes fewer rows than it read and rolls back.
 */
@Component
class LegVolumeJob {

    static final int ROUND_EVENTS_MAX = 2000;
    /** Bound per run: a larger backlog is finished by the next runs. */
    static final int ROUNDS_PER_RUN_MAX = 50;

    private final SalesVolumeEventRepository events;
    private final BinaryTreeRepository binary;
    private final UnitOfWork unitOfWork;

    public LegVolumeJob(SalesVolumeEventRepository events, BinaryTreeRepository binary, UnitOfWork unitOfWork) {
        this.events = events;
        this.binary = binary;
        this.unitOfWork = unitOfWork;
    }

    /** What one run folded. */
    public record FoldReport(int events, int rounds) {}

    /**
     * Folds what is pending now, up to the per-run bound. Returns an object, not a count: ShedLock cannot
     * lock a method that returns a primitive.
     */
    @Scheduled(
            fixedDelayString = "${aeghash.organization.leg-volume-interval:1s}",
            initialDelayString = "${aeghash.organization.leg-volume-interval:1s}")
    @SchedulerLock(
            name = "organization-leg-volume",
            lockAtMostFor = "PT10M",
            lockAtLeastFor = "${aeghash.organization.leg-volume-interval:1s}")
    public FoldReport foldPending() {
        int folded = 0;
        int rounds = 0;
        while (rounds < ROUNDS_PER_RUN_MAX) {
            int foldedInRound = unitOfWork.inNewTransaction(this::foldRound);
            folded += foldedInRound;
            rounds++;
            if (foldedInRound < ROUND_EVENTS_MAX) {
                break;
            }
        }
        return new FoldReport(folded, rounds);
    }

    private int foldRound() {
        List<SalesVolumeEvent> pending = events.oldest(ROUND_EVENTS_MAX);
        if (pending.isEmpty()) {
            return 0;
        }
        int deleted = events.delete(pending.stream().map(SalesVolumeEvent::id).toList());
        if (deleted != pending.size()) {
            throw new IllegalStateException("another fold took " + (pending.size() - deleted) + " of " + pending.size()
                    + " sales volume events; this round rolls back");
        }
        binary.addLegVolumes(LegVolumeFold.deltas(pending));
        return pending.size();
    }
}
