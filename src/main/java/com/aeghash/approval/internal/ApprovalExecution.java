package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Approving a request and executing its action exactly once.
 * <ul>
 *   <li>An action that only writes the database runs in the approval's transaction: approval, effect and audit
 *       commit together. When the action refuses (its module's 4xx), that transaction rolls back and a new one
 *       records the approval with the refusal as the result ({@code failed}), after checking the request again.</li>
 *   <li>An action calling a vendor runs in atomic phases: (1) the approval commits with the request
 *       {@code executing}; (2) the action runs with no transaction open; (3) a new transaction records its result.
 *       A crash between (1) and (3) leaves an {@code executing} row: {@link #resumeStale} runs it again (such
 *       handlers are safe to repeat) and alerts.</li>
 * </ul>
 */
@Component
class ApprovalExecution {

    private static final Logger log = LoggerFactory.getLogger(ApprovalExecution.class);
    private final ApprovalRequestRepository repository;
    private final ApprovalHandlers handlers;
    private final ApprovalViews views;
    private final ApprovalTrail trail;
    private final UnitOfWork unitOfWork;
    private final ApprovalProperties properties;
    private final Clock clock;

    ApprovalExecution(
            ApprovalRequestRepository repository,
            ApprovalHandlers handlers,
            ApprovalViews views,
            ApprovalTrail trail,
            UnitOfWork unitOfWork,
            ApprovalProperties properties,
            Clock clock) {
        this.repository = repository;
        this.handlers = handlers;
        this.views = views;
        this.trail = trail;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    /** {@code check} refuses the checker (an {@link ApiException}) before anything is written. */
    ApprovalRow approve(long id, Consumer<ApprovalRow> check, String checker, String note) {
        UnitOfWork.requireNoTransaction("approving a four-eyes request");
        ApprovalRow approved;
        try {
            approved = unitOfWork.inNewTransaction(() -> approveAndExecuteHere(id, check, checker, note));
        } catch (ActionRefused refused) {
            return unitOfWork.inNewTransaction(() -> approveRefused(id, check, checker, note, refused.refusal));
        }
        return approved.status() == ApprovalStatus.EXECUTING ? executeOutside(approved) : approved;
    }

    /**
     * Executes again each action calling a vendor that has been {@code executing} for longer than
     * {@code execution-stale-after} (its process stopped), one at a time; returns how many. The recovery job's body.
     */
    int resumeStale() {
        Instant staleBefore = clock.instant().minus(properties.executionStaleAfter());
        List<Long> stale = repository.staleExecuting(staleBefore, properties.jobBatchSize());
        for (long id : stale) {
            try {
                ApprovalRow claimed = unitOfWork.inNewTransaction(() -> claimStale(id, staleBefore));
                if (claimed != null) {
                    executeOutside(claimed);
                }
            } catch (RuntimeException failure) {
                log.error("approval request {} could not be resumed; it is tried again at the next run", id, failure);
            }
        }
        return stale.size();
    }

    private ApprovalRow approveAndExecuteHere(long id, Consumer<ApprovalRow> check, String checker, String note) {
        ApprovalRow executing = approved(id, check, checker, note);
        ApprovalHandler handler = handlers.of(executing.kind());
        if (handler.callsVendor()) {
            return executing;
        }
        String result;
        try {
            result = handler.execute(views.of(executing), checker);
        } catch (ApiException refusal) {
            throw new ActionRefused(refusal);
        }
        return recordExecuted(executing, result);
    }

    /** The approval, in a transaction of its own after the action refused in the first one. */
    private ApprovalRow approveRefused(
            long id, Consumer<ApprovalRow> check, String checker, String note, ApiException refusal) {
        return recordFailed(approved(id, check, checker, note), refusal);
    }

    private ApprovalRow approved(long id, Consumer<ApprovalRow> check, String checker, String note) {
        ApprovalRow row = repository.lock(id).orElseThrow(() -> ApprovalErrors.notFound(id));
        check.accept(row);
        ApprovalRow executing = row.approved(checker, note, clock.instant());
        repository.update(executing);
        trail.approved(executing);
        return executing;
    }

    /** Phases 2 and 3; a failure that is not the action's refusal leaves it executing for {@link #resumeStale}. */
    private ApprovalRow executeOutside(ApprovalRow executing) {
        ApprovalHandler handler = handlers.of(executing.kind());
        String result = null;
        ApiException refusal = null;
        try {
            result = handler.execute(views.of(executing), executing.checker());
        } catch (ApiException refused) {
            refusal = refused;
        } catch (RuntimeException failure) {
            log.error(
                    "approved request {} ({}) did not finish; the recovery job runs it again after {}",
                    executing.id(),
                    executing.kind(),
                    properties.executionStaleAfter(),
                    failure);
            return executing;
        }
        String outcome = result;
        ApiException refused = refusal;
        return unitOfWork.inNewTransaction(() -> {
            ApprovalRow current = repository.lock(executing.id()).orElseThrow();
            if (current.status() != ApprovalStatus.EXECUTING) {
                log.info(
                        "approval request {} is {} already; this execution's result is not recorded",
                        current.id(),
                        current.status().wireName());
                return current;
            }
            return refused == null ? recordExecuted(current, outcome) : recordFailed(current, refused);
        });
    }

    private ApprovalRow claimStale(long id, Instant staleBefore) {
        ApprovalRow row = repository.lock(id).orElseThrow();
        if (row.status() != ApprovalStatus.EXECUTING || !row.updatedAt().isBefore(staleBefore)) {
            return null;
        }
        ApprovalRow touched = row.touched(clock.instant());
        repository.update(touched);
        trail.resumed(touched);
        return touched;
    }

    private ApprovalRow recordExecuted(ApprovalRow executing, String result) {
        ApprovalRow executed = executing.executed(result, clock.instant());
        repository.update(executed);
        trail.executed(executed);
        return executed;
    }

    private ApprovalRow recordFailed(ApprovalRow executing, ApiException refusal) {
        ApprovalRow failed = executing.failed(refusal.code(), refusal.getMessage(), clock.instant());
        repository.update(failed);
        trail.failed(failed);
        return failed;
    }

    /** Carries the action's refusal out of the approval's transaction, which it rolls back. */
    private static final class ActionRefused extends RuntimeException {

        private final ApiException refusal;

        ActionRefused(ApiException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }
}
