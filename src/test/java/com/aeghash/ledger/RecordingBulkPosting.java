package com.aeghash.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link BulkPosting} for tests: passes every call to the real one, records the references {@link #postAll} posted
 * and, when told, fails once its call number {@code failingCall} of {@code postAll} has posted (a crash after the
 * postings: the caller's transaction rolls them back).
 */
public final class RecordingBulkPosting implements BulkPosting {

    private final BulkPosting delegate;
    private final int failingCall;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<String> references = new ArrayList<>();

    private RecordingBulkPosting(BulkPosting delegate, int failingCall) {
        this.delegate = delegate;
        this.failingCall = failingCall;
    }

    /** Records what passes through {@code delegate}. */
    public static RecordingBulkPosting of(BulkPosting delegate) {
        return new RecordingBulkPosting(delegate, 0);
    }

    /** Fails with "simulated crash after posting chunk n" once the {@code failingCall}-th {@code postAll} posted. */
    public static RecordingBulkPosting failingOnCall(BulkPosting delegate, int failingCall) {
        return new RecordingBulkPosting(delegate, failingCall);
    }

    @Override
    public List<JournalEntry> postAll(List<EntryRequest> requests) {
        List<JournalEntry> posted = delegate.postAll(requests);
        synchronized (references) {
            requests.forEach(request -> references.add(request.reference()));
        }
        if (calls.incrementAndGet() == failingCall) {
            throw new IllegalStateException("simulated crash after posting chunk " + failingCall);
        }
        return posted;
    }

    @Override
    public Set<String> postSelectedCredits(SelectedCredits credits) {
        return delegate.postSelectedCredits(credits);
    }

    @Override
    public SqlSelect membersHoldingDuringSelect(
            Asset asset, Bucket bucket, Instant from, Instant to, String afterMemberId, String upToMemberId) {
        return delegate.membersHoldingDuringSelect(asset, bucket, from, to, afterMemberId, upToMemberId);
    }

    /** How many times {@link #postAll} was called. */
    public int postAllCalls() {
        return calls.get();
    }

    /** The references {@link #postAll} was given, in order (those of a failing call included). */
    public List<String> postedReferences() {
        synchronized (references) {
            return List.copyOf(references);
        }
    }
}
