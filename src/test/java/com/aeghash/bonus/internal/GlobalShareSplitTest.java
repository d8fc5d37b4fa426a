package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusRanks;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The global share's split: pool, equal shares rounded down to 8 decimals, the remainder the company keeps. */
class GlobalShareSplitTest {

    private static final BigDecimal TWENTY = new BigDecimal("20");

    @Test
    void thePoolIsTwentyPercentOfThePeriodsPvSplitEquallyAndTheRemainderIsKept() {
        GlobalShareSplit split = GlobalShareSplit.of(new BigDecimal("1000"), TWENTY, 3);

        assertThat(split.pool()).isEqualByComparingTo("200");
        assertThat(split.share()).isEqualByComparingTo("66.66666666");
        assertThat(split.remainder()).isEqualByComparingTo("0.00000002");
        assertThat(split.pays()).isTrue();
    }

    @Test
    void anExactSplitLeavesNothing() {
        GlobalShareSplit split = GlobalShareSplit.of(new BigDecimal("500"), TWENTY, 4);

        assertThat(split.share()).isEqualByComparingTo("25");
        assertThat(split.remainder()).isEqualByComparingTo("0");
    }

    @Test
    void withoutQualifiersTheWholePoolStaysWithTheCompany() {
        GlobalShareSplit split = GlobalShareSplit.of(new BigDecimal("123.45"), TWENTY, 0);

        assertThat(split.pool()).isEqualByComparingTo("24.69");
        assertThat(split.share()).isEqualByComparingTo("0");
        assertThat(split.remainder()).isEqualByComparingTo("24.69");
        assertThat(split.pays()).isFalse();
    }

    @Test
    void aShareBelowOneHundredMillionthPaysNobodyAndKeepsThePool() {
        GlobalShareSplit split = GlobalShareSplit.of(new BigDecimal("0.00000004"), TWENTY, 3);

        assertThat(split.pool()).as("floor8(0.000000008)").isEqualByComparingTo("0");
        GlobalShareSplit tiny = GlobalShareSplit.of(new BigDecimal("0.0000001"), TWENTY, 3);
        assertThat(tiny.pool()).isEqualByComparingTo("0.00000002");
        assertThat(tiny.share()).isEqualByComparingTo("0");
        assertThat(tiny.remainder()).isEqualByComparingTo("0.00000002");
        assertThat(tiny.pays()).isFalse();
    }

    @Test
    void thePoolItselfIsRoundedDownToEightDecimals() {
        GlobalShareSplit split = GlobalShareSplit.of(new BigDecimal("0.123456789"), TWENTY, 1);

        assertThat(split.pool()).isEqualByComparingTo("0.02469135");
        assertThat(split.share()).isEqualByComparingTo("0.02469135");
        assertThat(split.remainder()).isEqualByComparingTo("0");
    }

    @Test
    void aRunCompletesOnlyWhenEveryQualifierWasPaidOnce() {
        GlobalShareSplit split = GlobalShareSplit.of(new BigDecimal("1000"), TWENTY, 3);
        GlobalShareRun run = GlobalShareRun.started(1, BonusRanks.Level.D2, 5, split, Instant.EPOCH);

        GlobalShareRun twoPaid = run.afterChunk(2, "m2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> twoPaid.completed(Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
        GlobalShareRun done = twoPaid.afterChunk(1, "m3").completed(Instant.EPOCH);
        assertThat(done.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(done.paidAmount()).isEqualByComparingTo("199.99999998");
    }

    @Test
    void aRunThatPaysNobodyStartsCompleted() {
        GlobalShareRun run = GlobalShareRun.started(
                1, BonusRanks.Level.D2, 0, GlobalShareSplit.of(BigDecimal.ZERO, TWENTY, 7), Instant.EPOCH);

        assertThat(run.status()).isEqualTo(ClosingStatus.COMPLETED);
        assertThat(run.split().remainder()).isEqualByComparingTo("0");
    }
}
