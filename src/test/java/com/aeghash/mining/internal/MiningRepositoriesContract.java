package com.aeghash.mining.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.Asset;
import com.aeghash.mining.MiningBalanceRecord;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.ProjectSnapshot;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.balances.MiningCredit;
import com.aeghash.mining.internal.hashpower.HashPowerAdjustment;
import com.aeghash.mining.internal.hashpower.HashPowerAdjustmentRepository;
import com.aeghash.mining.internal.project.ProjectSnapshotRepository;
import com.aeghash.mining.internal.withdrawal.MiningWithdrawalRepository;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What the mining repositories must do, run against memory, H2 and PostgreSQL (the SQL mapping tests).
 * Implementations may share one store across the tests of a class: every test uses its own ids.
 */
public abstract class MiningRepositoriesContract {

    /** The repositories under test, over one store. */
    public record Repositories(
            ProjectSnapshotRepository snapshots,
            MiningBalanceRepository balances,
            HashPowerAdjustmentRepository adjustments,
            MiningWithdrawalRepository withdrawals) {}

    private static final Instant NOW = Instant.parse("2026-03-10T06:15:30.123456Z");
    private Repositories repositories;

    protected abstract Repositories repositories();

    @BeforeEach
    void setUp() {
        repositories = repositories();
    }

    @Test
    void theLatestSnapshotComesBackWithItsAssetsAndTimes() {
        ProjectSnapshot older = repositories.snapshots().insert(snapshot(NOW.minusSeconds(3600), "1"));
        ProjectSnapshot newer = repositories.snapshots().insert(snapshot(NOW.plusSeconds(86_400 * 365L), "2"));

        ProjectSnapshot latest = repositories.snapshots().latest().orElseThrow();

        assertThat(newer.id()).isNotEqualTo(older.id());
        assertThat(latest.id()).isEqualTo(newer.id());
        assertThat(latest.takenAt()).isEqualTo(newer.takenAt().truncatedTo(ChronoUnit.MICROS));
        assertThat(latest.hashBalance().date()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(latest.hashBalance().power()).isEqualByComparingTo("2");
        assertThat(latest.hashRate().hashRate10m()).isEqualByComparingTo("0.123456789012345678");
        assertThat(latest.assets()).containsOnlyKeys("DOGE", "LTC");
        assertThat(latest.assets().get("LTC").available()).isEqualByComparingTo("1.5");
    }

    @Test
    void creditsCreateOrAddToMiningBalancesAndTheDateOnlyMovesForward() {
        String fresh = TestIds.member();
        String known = TestIds.member();
        repositories.balances().updateHashPower(known, new BigDecimal("5"), NOW);
        LocalDate day = LocalDate.parse("2026-03-09");

        repositories
                .balances()
                .recordCredits(List.of(credit(fresh, "10", "0.5"), credit(known, "5", "0.25")), day, NOW);
        repositories.balances().recordCredits(List.of(credit(known, "6", "0.25")), day.minusDays(3), NOW);

        MiningBalanceRecord created = repositories.balances().find(fresh).orElseThrow();
        MiningBalanceRecord added = repositories.balances().find(known).orElseThrow();
        assertThat(created.hashPower()).isEqualByComparingTo("10");
        assertThat(created.minedTotal().get(Asset.LTC)).isEqualByComparingTo("0.5");
        assertThat(created.minedTotal().get(Asset.SHIC)).isEqualByComparingTo("0");
        assertThat(created.lastCreditedDate()).isEqualTo(day);
        assertThat(added.minedTotal().get(Asset.LTC)).isEqualByComparingTo("0.5");
        assertThat(added.hashPower()).isEqualByComparingTo("6");
        assertThat(added.lastCreditedDate()).isEqualTo(day);
        assertThat(repositories.balances().find(TestIds.member())).isEmpty();
    }

    @Test
    void aLargeBatchOfCreditsIsRecordedForEveryMember() {
        List<MiningCredit> credits = new ArrayList<>();
        for (int index = 0; index < 1500; index++) {
            credits.add(credit(TestIds.member(), "1", "0.00000001"));
        }

        repositories.balances().recordCredits(credits, LocalDate.parse("2026-03-09"), NOW);
        repositories.balances().recordCredits(credits, LocalDate.parse("2026-03-10"), NOW);

        assertThat(credits)
                .allSatisfy(credit -> assertThat(repositories
                                .balances()
                                .find(credit.memberId())
                                .orElseThrow()
                                .minedTotal()
                                .get(Asset.LTC))
                        .isEqualByComparingTo("0.00000002"));
    }

    @Test
    void lockingAMemberCreatesItsRowWithoutHashPower() {
        String member = TestIds.member();

        repositories.balances().lockMember(member, NOW);
        repositories.balances().lockMember(member, NOW);

        assertThat(repositories.balances().find(member).orElseThrow().hashPower())
                .isEqualByComparingTo("0");
    }

    @Test
    void hashPowerAdjustmentsAreFoundByReferenceAndUnique() {
        String reference = TestIds.unique("hp");
        HashPowerAdjustment adjustment = new HashPowerAdjustment(
                reference,
                TestIds.member(),
                new BigDecimal("-1.5"),
                null,
                new BigDecimal("-1.5"),
                new BigDecimal("4"),
                new BigDecimal("2.5"),
                "duplicate purchase",
                "ops",
                NOW);

        repositories.adjustments().insert(adjustment);

        HashPowerAdjustment found = repositories.adjustments().find(reference).orElseThrow();
        assertThat(found.hashPower()).isEqualByComparingTo("2.5");
        assertThat(found.delta()).isEqualByComparingTo("-1.5");
        assertThat(found.requestedDelta()).isEqualByComparingTo("-1.5");
        assertThat(found.requestedTarget()).isNull();
        assertThat(found.reason()).isEqualTo("duplicate purchase");
        assertThat(found.createdAt()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThatThrownBy(() -> repositories.adjustments().insert(adjustment))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aWithdrawalIsInsertedOnceAndUpdatedWithEveryField() {
        MiningWithdrawalRecord intent =
                withdrawal(TestIds.unique("withdrawal"), MiningWithdrawalStatus.SUBMITTING, null, NOW);

        MiningWithdrawalRepository.Insertion first = repositories.withdrawals().insertIfAbsent(intent);
        MiningWithdrawalRepository.Insertion second = repositories.withdrawals().insertIfAbsent(intent);
        MiningWithdrawalRecord stored = first.record();
        MiningWithdrawalRecord changed = new MiningWithdrawalRecord(
                stored.id(),
                stored.payoutReference(),
                stored.memberId(),
                stored.coin(),
                stored.amount(),
                MiningWithdrawalStatus.UNKNOWN,
                TestIds.unique("W"),
                "pending",
                2,
                1,
                "lost answer",
                stored.requestedAt(),
                NOW.plusSeconds(5),
                NOW.plusSeconds(300),
                "ops-anna",
                "fin-bob",
                3);
        repositories.withdrawals().update(changed);

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.record().id()).isEqualTo(stored.id());
        assertThat(stored.amount()).isEqualByComparingTo("0.12345678");
        assertThat(repositories.withdrawals().lock(stored.id())).contains(micros(changed));
        assertThat(repositories.withdrawals().findByPayoutReference(stored.payoutReference()))
                .contains(micros(changed));
    }

    @Test
    void aVendorWithdrawIdBelongsToOneRowOnly() {
        String withdrawId = TestIds.unique("W");
        repositories
                .withdrawals()
                .insertIfAbsent(withdrawal(TestIds.unique("p"), MiningWithdrawalStatus.SUBMITTED, withdrawId, NOW));

        assertThatThrownBy(() -> repositories
                        .withdrawals()
                        .insertIfAbsent(
                                withdrawal(TestIds.unique("p"), MiningWithdrawalStatus.SUBMITTED, withdrawId, NOW)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(repositories.withdrawals().withdrawIdsTaken(List.of(withdrawId, TestIds.unique("W"))))
                .containsExactly(withdrawId);
    }

    @Test
    void theReconcilerSeesDueChecksAndStaleIntentsOnly() {
        Instant far = Instant.parse("2099-01-01T00:00:00Z");
        MiningWithdrawalRecord due = insert(MiningWithdrawalStatus.UNKNOWN, far.minusSeconds(1), far.minusSeconds(60));
        MiningWithdrawalRecord later = insert(MiningWithdrawalStatus.SUBMITTED, far.plusSeconds(60), far);
        MiningWithdrawalRecord stale = insert(MiningWithdrawalStatus.SUBMITTING, null, far.minusSeconds(600));
        MiningWithdrawalRecord inFlight = insert(MiningWithdrawalStatus.SUBMITTING, null, far.minusSeconds(10));
        MiningWithdrawalRecord done = insert(MiningWithdrawalStatus.COMPLETED, null, far.minusSeconds(600));

        List<Long> ids = repositories.withdrawals().due(far, far.minusSeconds(300), 1000).stream()
                .map(MiningWithdrawalRecord::id)
                .toList();

        assertThat(ids).contains(due.id(), stale.id()).doesNotContain(later.id(), inFlight.id(), done.id());
    }

    @Test
    void withdrawalsAreListedNewestFirstByStatusAndPage() {
        MiningWithdrawalRecord first = insert(MiningWithdrawalStatus.FAILED, null, NOW);
        MiningWithdrawalRecord second = insert(MiningWithdrawalStatus.FAILED, null, NOW);

        List<MiningWithdrawalRecord> failed =
                repositories.withdrawals().list(MiningWithdrawalStatus.FAILED, second.id() + 1, 2);
        List<MiningWithdrawalRecord> before = repositories.withdrawals().list(null, second.id(), 1);

        assertThat(failed).extracting(MiningWithdrawalRecord::id).containsExactly(second.id(), first.id());
        assertThat(before).extracting(MiningWithdrawalRecord::id).containsExactly(first.id());
        assertThat(repositories.withdrawals().list(MiningWithdrawalStatus.SUBMITTED, second.id() + 1, 50))
                .noneMatch(row -> row.id() == first.id() || row.id() == second.id());
    }

    private MiningWithdrawalRecord insert(MiningWithdrawalStatus status, Instant nextCheckAt, Instant requestedAt) {
        MiningWithdrawalRecord row = withdrawal(TestIds.unique("p"), status, null, requestedAt);
        return repositories
                .withdrawals()
                .insertIfAbsent(new MiningWithdrawalRecord(
                        0,
                        row.payoutReference(),
                        row.memberId(),
                        row.coin(),
                        row.amount(),
                        status,
                        null,
                        null,
                        0,
                        0,
                        null,
                        requestedAt,
                        requestedAt,
                        nextCheckAt,
                        null,
                        null,
                        0))
                .record();
    }

    private static MiningWithdrawalRecord withdrawal(
            String payoutReference, MiningWithdrawalStatus status, String withdrawId, Instant requestedAt) {
        return new MiningWithdrawalRecord(
                0,
                payoutReference,
                TestIds.member(),
                Asset.DOGE,
                new BigDecimal("0.12345678"),
                status,
                withdrawId,
                null,
                0,
                0,
                null,
                requestedAt,
                requestedAt,
                null,
                null,
                null,
                0);
    }

    private static MiningWithdrawalRecord micros(MiningWithdrawalRecord row) {
        return row.with(draft -> {
            draft.requestedAt = draft.requestedAt.truncatedTo(ChronoUnit.MICROS);
            draft.updatedAt = draft.updatedAt.truncatedTo(ChronoUnit.MICROS);
            draft.nextCheckAt = draft.nextCheckAt.truncatedTo(ChronoUnit.MICROS);
        });
    }

    private static MiningCredit credit(String member, String hashPower, String ltc) {
        return new MiningCredit(member, new BigDecimal(hashPower), Map.of(Asset.LTC, new BigDecimal(ltc)));
    }

    private static ProjectSnapshot snapshot(Instant takenAt, String power) {
        return new ProjectSnapshot(
                0,
                takenAt,
                new ProjectSnapshot.HashBalance(
                        LocalDate.parse("2026-03-10"), new BigDecimal("1000"), new BigDecimal(power)),
                Map.of(
                        "LTC",
                        new ProjectSnapshot.AssetBalance(new BigDecimal("2"), new BigDecimal("1.5")),
                        "DOGE",
                        new ProjectSnapshot.AssetBalance(BigDecimal.ZERO, BigDecimal.ZERO)),
                new ProjectSnapshot.HashRate(
                        takenAt.minus(Duration.ofMinutes(1)),
                        new BigDecimal("50000"),
                        new BigDecimal("49000"),
                        new BigDecimal("0.123456789012345678"),
                        new BigDecimal("99.5"),
                        new BigDecimal("0.5")));
    }
}
