package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.approval.Checker;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.common.ApiException;
import com.aeghash.common.UnitOfWork;
import com.aeghash.idempotency.CanonicalJson;
import com.aeghash.security.OperatorIdentity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * {@link ApprovalRequests}. Invariants, checked under the request's row lock: a request is decided once (two
 * checkers at once: the second finds it decided); the checker is never the maker (user names without case) and
 * holds a role its kind allows and is not the member whose money the action moves ({@link ApprovalHandler#memberOf});
 * an expired request is never approved; an approved action executes once, in the
 * approval's transaction when it only writes the database, else in phases of its own after the approval committed
 * ({@link ApprovalExecution}). A refusal of the approval itself writes nothing.
 */
@Service
class ApprovalRequestsService implements ApprovalRequests {

    static final int LIST_LIMIT_MAX = 200;
    static final int PAYLOAD_LENGTH_MAX = 4000;
    static final int SUBJECT_LENGTH_MAX = 200;
    private final ApprovalRequestRepository repository;
    private final ApprovalHandlers handlers;
    private final ApprovalExecution execution;
    private final ApprovalTrail trail;
    private final CanonicalJson canonicalJson;
    private final ApprovalViews views;
    private final UnitOfWork unitOfWork;
    private final ApprovalProperties properties;
    private final Clock clock;
    private final OperatorIdentity identity;

    ApprovalRequestsService(
            ApprovalRequestRepository repository,
            ApprovalHandlers handlers,
            ApprovalExecution execution,
            ApprovalTrail trail,
            CanonicalJson canonicalJson,
            ApprovalViews views,
            UnitOfWork unitOfWork,
            ApprovalProperties properties,
            Clock clock,
            OperatorIdentity identity) {
        this.repository = repository;
        this.handlers = handlers;
        this.execution = execution;
        this.trail = trail;
        this.canonicalJson = canonicalJson;
        this.views = views;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
        this.identity = identity;
    }

    @Override
    public ApprovalRequest submit(NewApprovalRequest request) {
        handlers.of(request.kind());
        String reason = requireText(request.reason(), "reason");
        String payload = canonicalJson.canonical(request.payload());
        if (payload.length() > PAYLOAD_LENGTH_MAX
                || request.subject().isBlank()
                || request.subject().length() > SUBJECT_LENGTH_MAX) {
            throw new IllegalArgumentException("an approval request's subject is 1-" + SUBJECT_LENGTH_MAX
                    + " characters and its payload at most " + PAYLOAD_LENGTH_MAX);
        }
        return unitOfWork.inTransaction(() -> {
            Instant now = clock.instant();
            expireIfDue(request.kind(), request.subject(), now);
            repository.findOpen(request.kind(), request.subject()).ifPresent(open -> {
                throw ApprovalErrors.alreadyOpen(request.kind(), request.subject(), open.id());
            });
            ApprovalRow stored;
            try {
                stored = repository.insert(ApprovalRow.awaiting(
                        request.kind(),
                        request.subject(),
                        payload,
                        reason,
                        request.maker(),
                        now,
                        now.plus(properties.expiry())));
            } catch (DuplicateKeyException racedByAnotherMaker) {
                throw ApprovalErrors.alreadyOpen(request.kind(), request.subject(), null);
            }
            trail.requested(stored);
            return viewOf(stored);
        });
    }

    @Override
    public List<ApprovalRequest> list(ApprovalStatus status, int limit) {
        return listBefore(status, Long.MAX_VALUE, limit);
    }

    @Override
    public List<ApprovalRequest> listBefore(ApprovalStatus status, long beforeId, int limit) {
        return repository.list(status, beforeId, Math.max(1, Math.min(limit, LIST_LIMIT_MAX))).stream()
                .map(this::viewOf)
                .toList();
    }

    @Override
    public List<ApprovalRequest> awaitingAfter(String kind, long afterId, int limit) {
        return repository.awaitingAfter(kind, afterId, Math.max(1, Math.min(limit, LIST_LIMIT_MAX))).stream()
                .map(this::viewOf)
                .toList();
    }

    @Override
    public List<String> awaitingKinds() {
        return repository.awaitingKinds();
    }

    @Override
    public ApprovalRequest request(long id) {
        return viewOf(repository.find(id).orElseThrow(() -> ApprovalErrors.notFound(id)));
    }

    @Override
    public ApprovalRequest approve(long id, Checker checker, String note) {
        String checkedNote = optionalText(note, "note");
        return viewOf(execution.approve(id, row -> requireCheckable(row, checker), checker.username(), checkedNote));
    }

    @Override
    public ApprovalRequest reject(long id, Checker checker, String reason) {
        String checkedReason = requireText(reason, "reason");
        return unitOfWork.inTransaction(() -> {
            ApprovalRow row = lock(id);
            requireCheckable(row, checker);
            ApprovalRow rejected = row.rejected(checker.username(), checkedReason, clock.instant());
            repository.update(rejected);
            trail.rejected(rejected);
            return viewOf(rejected);
        });
    }

    @Override
    public ApprovalRequest cancel(long id, String maker, String reason) {
        String checkedReason = optionalText(reason, "reason");
        return unitOfWork.inTransaction(() -> {
            ApprovalRow row = lock(id);
            if (!row.maker().equalsIgnoreCase(maker)) {
                throw ApprovalErrors.notTheMaker(id);
            }
            requireAwaiting(row, clock.instant());
            ApprovalRow cancelled = row.cancelled(checkedReason, clock.instant());
            repository.update(cancelled);
            trail.cancelled(cancelled);
            return viewOf(cancelled);
        });
    }

    /**
     * Moves every request awaiting approval past its expiry to {@code expired}, each in its own transaction; returns
     * how many. The expiry job's body.
     */
    int expireDue() {
        List<Long> due = repository.expiredAwaiting(clock.instant(), properties.jobBatchSize());
        due.forEach(id -> unitOfWork.inNewTransaction(() -> {
            ApprovalRow row = lock(id);
            if (row.status() == ApprovalStatus.AWAITING_APPROVAL && row.hasExpiredAt(clock.instant())) {
                expire(row);
            }
        }));
        return due.size();
    }

    /** The request itself, locked; what it may become is decided from this row only. */
    private ApprovalRow lock(long id) {
        return repository.lock(id).orElseThrow(() -> ApprovalErrors.notFound(id));
    }

    /** A later maker of the same subject is not kept out by a request nobody decided in time. */
    private void expireIfDue(String kind, String subject, Instant now) {
        repository
                .findOpen(kind, subject)
                .filter(open -> open.status() == ApprovalStatus.AWAITING_APPROVAL && open.hasExpiredAt(now))
                .flatMap(open -> repository.lock(open.id()))
                .filter(open -> open.status() == ApprovalStatus.AWAITING_APPROVAL)
                .ifPresent(this::expire);
    }

    private void expire(ApprovalRow row) {
        ApprovalRow expired = row.expired(clock.instant());
        repository.update(expired);
        trail.expired(expired);
    }

    /** The checks of a checker's decision, in the order a caller can act on. */
    private void requireCheckable(ApprovalRow row, Checker checker) {
        requireAwaiting(row, clock.instant());
        if (checker.isSamePersonAs(row.maker())) {
            throw ApprovalErrors.sameApprover(row.maker());
        }
        ApprovalHandler handler = handlers.of(row.kind());
        if (checker.roles().stream().noneMatch(handler.checkerRoles()::contains)) {
            throw ApprovalErrors.checkerRoleRequired(row.kind(), handler.checkerRoles());
        }
        handler.memberOf(viewOf(row))
                .filter(member -> identity.isMember(checker.username(), member))
                .ifPresent(member -> {
                    throw OperatorIdentity.memberOwnOperator(checker.username(), member);
                });
    }

    private static void requireAwaiting(ApprovalRow row, Instant now) {
        if (row.status() != ApprovalStatus.AWAITING_APPROVAL) {
            throw ApprovalErrors.decided(row.id(), row.status());
        }
        if (row.hasExpiredAt(now)) {
            throw ApprovalErrors.expired(row.id());
        }
    }

    private ApprovalRequest viewOf(ApprovalRow row) {
        return views.of(row);
    }

    private static String requireText(String text, String field) {
        if (text == null || text.isBlank() || text.length() > ApprovalRow.TEXT_LENGTH_MAX) {
            throw ApiException.validation(field, "must say why, in 1-" + ApprovalRow.TEXT_LENGTH_MAX + " characters");
        }
        return text.trim();
    }

    private static String optionalText(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > ApprovalRow.TEXT_LENGTH_MAX) {
            throw ApiException.validation(field, "must be at most " + ApprovalRow.TEXT_LENGTH_MAX + " characters");
        }
        return text.trim();
    }
}
