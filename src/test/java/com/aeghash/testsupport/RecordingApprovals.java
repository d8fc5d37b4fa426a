package com.aeghash.testsupport;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.ApprovalStatus;
import com.aeghash.approval.Checker;
import com.aeghash.approval.NewApprovalRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The four-eyes port for tests of one module without Spring: keeps what was filed, newest last, as requests awaiting
 * approval. Deciding them is the approval module's (its own tests); a test of a handler calls it with a request from
 * here.
 */
public final class RecordingApprovals implements ApprovalRequests {

    private final Clock clock;
    private final List<ApprovalRequest> filed = new CopyOnWriteArrayList<>();

    public RecordingApprovals(Clock clock) {
        this.clock = clock;
    }

    public List<ApprovalRequest> filed() {
        return List.copyOf(filed);
    }

    @Override
    public ApprovalRequest submit(NewApprovalRequest request) {
        ApprovalRequest stored = new ApprovalRequest(
                filed.size() + 1L,
                request.kind(),
                request.subject(),
                request.payload(),
                request.reason(),
                ApprovalStatus.AWAITING_APPROVAL,
                request.maker(),
                clock.instant(),
                clock.instant().plus(Duration.ofHours(72)),
                null,
                null,
                null,
                null,
                null,
                null);
        filed.add(stored);
        return stored;
    }

    @Override
    public List<ApprovalRequest> list(ApprovalStatus status, int limit) {
        return listBefore(status, Long.MAX_VALUE, limit);
    }

    @Override
    public List<ApprovalRequest> awaitingAfter(String kind, long afterId, int limit) {
        return filed.stream()
                .filter(request -> request.status() == ApprovalStatus.AWAITING_APPROVAL)
                .filter(request -> kind == null || request.kind().equals(kind))
                .filter(request -> request.id() > afterId)
                .sorted(java.util.Comparator.comparingLong(ApprovalRequest::id))
                .limit(limit)
                .toList();
    }

    @Override
    public List<String> awaitingKinds() {
        return filed.stream()
                .filter(request -> request.status() == ApprovalStatus.AWAITING_APPROVAL)
                .map(ApprovalRequest::kind)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public List<ApprovalRequest> listBefore(ApprovalStatus status, long beforeId, int limit) {
        return filed.stream()
                .filter(request -> status == null || request.status() == status)
                .filter(request -> request.id() < beforeId)
                .limit(limit)
                .toList();
    }

    @Override
    public ApprovalRequest request(long id) {
        return filed.get((int) id - 1);
    }

    @Override
    public ApprovalRequest approve(long id, Checker checker, String note) {
        throw new UnsupportedOperationException("the approval module decides requests; call the handler instead");
    }

    @Override
    public ApprovalRequest reject(long id, Checker checker, String reason) {
        throw new UnsupportedOperationException("the approval module decides requests");
    }

    @Override
    public ApprovalRequest cancel(long id, String maker, String reason) {
        throw new UnsupportedOperationException("the approval module decides requests");
    }
}
