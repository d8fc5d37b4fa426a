package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/** What the withdrawal repositories must do; run on memory, H2 and PostgreSQL. */
abstract class WithdrawalRepositoriesContract {

    static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final AtomicLong RECORDS = new AtomicLong();
    WithdrawalRepository withdrawals;
    WithdrawalAuditRepository auditTrail;
    WithdrawalAddressRepository addresses;

    abstract WithdrawalRepository createWithdrawals();

    abstract WithdrawalAuditRepository createAuditTrail();

    abstract WithdrawalAddressRepository createAddresses();

    @BeforeEach
    void setUp() {
        withdrawals = createWithdrawals();
        auditTrail = createAuditTrail();
        addresses = createAddresses();
    }

    @Test
    void insertedWithdrawalComesBackWithEveryField() {
        WithdrawalRequest request = new WithdrawalRequest(
                "m-1", Asset.DOGE, new BigDecimal("12.5"), "Daddress", "2001:db8::1", "phone-1", "Seoul");

        Withdrawal inserted =
                withdrawals.insert(Withdrawal.draft(request, "app", "key-00001", nextRecord(), "f1", NOW));

        assertThat(inserted.id()).isPositive();
        Withdrawal found = withdrawals.find(inserted.id()).orElseThrow();
        assertThat(found)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(inserted);
        assertThat(withdrawals.find(inserted.id() + 1000)).isEmpty();
    }

    @Test
    void aWithdrawalIsUniquePerIdempotencyRecordNotPerKey() {
        long record = nextRecord();
        withdrawals.insert(Withdrawal.draft(request("m-1", "1"), "app", "key-00001", record, "f", NOW));
        withdrawals.insert(draft("m-1", "key-00001", NOW)); // the same key used again after it expired: a new record

        assertThatThrownBy(() -> withdrawals.insert(
                        Withdrawal.draft(request("m-2", "1"), "other-app", "key-00002", record, "f", NOW)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void updateComparesAndIncrementsTheVersion() {
        Withdrawal inserted = withdrawals.insert(draft("m-1", "key-00001", NOW));
        Withdrawal changed = inserted.withFirstApproval("ops", Set.of(ApprovalRole.OPERATIONS, ApprovalRole.FINANCE))
                .withStatus(WithdrawalStatus.AWAITING_SECOND_APPROVAL, NOW.plusSeconds(5))
                .withReconciliation(new ReconciliationState(2, NOW.plusSeconds(60), true), NOW.plusSeconds(5))
                .withDecision("someone", "a reason")
                .withVendorOutcome("vendor-1", null)
                .flagged(NOW.plusSeconds(5));

        Withdrawal updated = withdrawals.update(changed);

        assertThat(updated.version()).isEqualTo(inserted.version() + 1);
        Withdrawal found = withdrawals.find(inserted.id()).orElseThrow();
        assertThat(found)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(updated);
        assertThatThrownBy(() -> withdrawals.update(changed)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(withdrawals.lock(inserted.id())).map(Withdrawal::version).contains(updated.version());
    }

    @Test
    void searchFiltersNewestFirstInPages() {
        Withdrawal first = withdrawals.insert(draft("m-1", "key-00001", NOW));
        Withdrawal second = withdrawals.insert(draft("m-2", "key-00002", NOW));
        Withdrawal third = withdrawals.insert(draft("m-1", "key-00003", NOW));
        withdrawals.update(third.flagged(NOW).withStatus(WithdrawalStatus.CANCELLED, NOW));

        assertThat(ids(new WithdrawalFilter(null, null, null), 0, 10))
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(ids(new WithdrawalFilter(null, null, "m-1"), 0, 10)).containsExactly(third.id(), first.id());
        assertThat(ids(new WithdrawalFilter(WithdrawalStatus.CANCELLED, null, null), 0, 10))
                .containsExactly(third.id());
        assertThat(ids(new WithdrawalFilter(null, false, null), 0, 10)).containsExactly(second.id(), first.id());
        assertThat(ids(new WithdrawalFilter(null, null, null), 1, 1)).containsExactly(second.id());
        assertThat(ids(new WithdrawalFilter(null, null, null, true), 0, 10))
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(ids(new WithdrawalFilter(null, null, "m-1", true), 1, 1)).containsExactly(third.id());
    }

    @Test
    void amountRequestedSinceCountsEverythingButRejectedCancelledAndFailed() {
        withdrawals.insert(draft("m-1", "100", "key-old", NOW.minus(Duration.ofHours(25))));
        withdrawals.insert(draft("m-1", "10", "key-00001", NOW));
        Withdrawal cancelled = withdrawals.insert(draft("m-1", "20", "key-00002", NOW));
        withdrawals.update(cancelled.withStatus(WithdrawalStatus.CANCELLED, NOW));
        Withdrawal completed = withdrawals.insert(draft("m-1", "0.5", "key-00003", NOW));
        withdrawals.update(completed.withStatus(WithdrawalStatus.COMPLETED, NOW));
        withdrawals.insert(draft("m-2", "7", "key-00004", NOW));

        assertThat(withdrawals.amountRequestedSince("m-1", Asset.DOGE, NOW.minus(Duration.ofHours(24))))
                .isEqualByComparingTo("10.5");
        assertThat(withdrawals.amountRequestedSince("m-1", Asset.LTC, NOW.minus(Duration.ofHours(24))))
                .isZero();
    }

    @Test
    void oldestApprovedIsClaimedFirst() {
        withdrawals.insert(draft("m-1", "key-00001", NOW));
        Withdrawal approved = withdrawals.insert(draft("m-1", "key-00002", NOW));
        Withdrawal laterApproved = withdrawals.insert(draft("m-1", "key-00003", NOW));
        withdrawals.update(approved.withStatus(WithdrawalStatus.APPROVED, NOW));
        withdrawals.update(laterApproved.withStatus(WithdrawalStatus.APPROVED, NOW));

        assertThat(withdrawals.lockNextApproved()).map(Withdrawal::id).contains(approved.id());
    }

    @Test
    void dueForReconciliationFindsDueLookUpsAndStaleExecutions() {
        Withdrawal due = insertIn(WithdrawalStatus.OUTCOME_UNKNOWN, new ReconciliationState(0, NOW, false), NOW);
        insertIn(WithdrawalStatus.SUBMITTED, new ReconciliationState(0, NOW.plusSeconds(1), false), NOW);
        insertIn(WithdrawalStatus.OUTCOME_UNKNOWN, new ReconciliationState(3, null, true), NOW);
        Withdrawal stale =
                insertIn(WithdrawalStatus.EXECUTING, ReconciliationState.NONE, NOW.minus(Duration.ofMinutes(11)));
        insertIn(WithdrawalStatus.EXECUTING, ReconciliationState.NONE, NOW.minus(Duration.ofMinutes(9)));
        insertIn(WithdrawalStatus.COMPLETED, new ReconciliationState(1, null, false), NOW);

        assertThat(withdrawals.dueForReconciliation(NOW, NOW.minus(Duration.ofMinutes(10)), 10))
                .containsExactly(due.id(), stale.id());
        assertThat(withdrawals.dueForReconciliation(NOW, NOW.minus(Duration.ofMinutes(10)), 1))
                .containsExactly(due.id());
    }

    @Test
    void auditTrailIsAppendedAndReadOldestFirst() {
        Withdrawal withdrawal = withdrawals.insert(draft("m-1", "key-00001", NOW));
        auditTrail.append(new WithdrawalAuditEntry(
                0,
                withdrawal.id(),
                WithdrawalAuditAction.REQUESTED,
                "app",
                WithdrawalStatus.AWAITING_APPROVAL,
                new BigDecimal("12.5"),
                null,
                Map.of(),
                NOW));
        auditTrail.append(new WithdrawalAuditEntry(
                0,
                withdrawal.id(),
                WithdrawalAuditAction.FLAGGED,
                "risk-system",
                WithdrawalStatus.AWAITING_APPROVAL,
                new BigDecimal("12.5"),
                "amount at the review limit",
                Map.of("amount_limit", "review: amount 12.5"),
                NOW.plusSeconds(1)));

        var trail = auditTrail.trailOf(withdrawal.id());

        assertThat(trail)
                .extracting(WithdrawalAuditEntry::action)
                .containsExactly(WithdrawalAuditAction.REQUESTED, WithdrawalAuditAction.FLAGGED);
        assertThat(trail.get(1).metadata()).containsEntry("amount_limit", "review: amount 12.5");
        assertThat(trail.get(1).notes()).isEqualTo("amount at the review limit");
        assertThat(trail.get(1).occurredAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(trail.get(0).amount()).isEqualByComparingTo("12.5");
        assertThat(trail.get(0).id()).isLessThan(trail.get(1).id());
        assertThat(auditTrail.trailOf(withdrawal.id() + 1000)).isEmpty();
    }

    @Test
    void anAddressIsDeletedOnlyByItsOwnMember() {
        var registered = addresses.register(new WithdrawalAddress(0, "m-1", Asset.DOGE, "Ddeleted", null, NOW, "app"));
        long id = registered.address().id();

        assertThat(addresses.delete("m-2", id)).isEmpty();
        assertThat(addresses.delete("m-1", id)).contains(registered.address());
        assertThat(addresses.delete("m-1", id)).isEmpty();
        assertThat(addresses.find("m-1", Asset.DOGE, "Ddeleted")).isEmpty();
    }

    @Test
    void addressIsRegisteredOnceAndKeepsItsFirstRegistrationTime() {
        var first = addresses.register(new WithdrawalAddress(0, "m-1", Asset.DOGE, "Daddress", "cold", NOW, "app"));
        var again = addresses.register(
                new WithdrawalAddress(0, "m-1", Asset.DOGE, "Daddress", "renamed", NOW.plusSeconds(3600), "app"));
        addresses.register(new WithdrawalAddress(0, "m-1", Asset.LTC, "Daddress", null, NOW, "app"));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.address().registeredAt()).isEqualTo(NOW);
        assertThat(again.address().label()).isEqualTo("cold");
        assertThat(addresses.find("m-1", Asset.DOGE, "Daddress")).contains(first.address());
        assertThat(addresses.find("m-2", Asset.DOGE, "Daddress")).isEmpty();
        assertThat(addresses.listOf("m-1")).extracting(WithdrawalAddress::asset).containsExactly(Asset.DOGE, Asset.LTC);
    }

    private List<Long> ids(WithdrawalFilter filter, int offset, int limit) {
        return withdrawals.search(filter, offset, limit).stream()
                .map(Withdrawal::id)
                .toList();
    }

    private Withdrawal insertIn(WithdrawalStatus status, ReconciliationState reconciliation, Instant updatedAt) {
        Withdrawal inserted = withdrawals.insert(draft("m-1", "key-" + UUID.randomUUID(), NOW));
        return withdrawals.update(
                inserted.withReconciliation(reconciliation, updatedAt).withStatus(status, updatedAt));
    }

    /** A new idempotency record id: unique in the whole test run, as the record ids of one database are. */
    static long nextRecord() {
        return RECORDS.incrementAndGet();
    }

    static Withdrawal draft(String member, String key, Instant now) {
        return Withdrawal.draft(request(member, "12.5"), "app", key, nextRecord(), "fingerprint", now);
    }

    static Withdrawal draft(String member, String amount, String key, Instant now) {
        return Withdrawal.draft(request(member, amount), "app", key, nextRecord(), "f", now);
    }

    static WithdrawalRequest request(String member, String amount) {
        return new WithdrawalRequest(member, Asset.DOGE, new BigDecimal(amount), null, null, null, null);
    }
}
