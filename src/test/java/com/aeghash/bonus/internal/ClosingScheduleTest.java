package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClosingScheduleTest {

    private static BonusProperties.Closing closing(BonusProperties.Period period, String time) {
        return new BonusProperties.Closing(
                period,
                LocalTime.parse(time),
                ZoneId.of("Asia/Seoul"),
                DayOfWeek.MONDAY,
                1,
                2,
                10_000,
                Duration.ofMinutes(10));
    }

    @Test
    void dailyCutoffIsTodaysOnceItHasPassedInTheConfiguredZone() {
        BonusProperties.Closing daily = closing(BonusProperties.Period.DAILY, "06:00");

        // 2026-11-25T22:00Z = 2026-11-26 07:00 in Seoul: today's 06:00 has passed
        assertThat(ClosingSchedule.latestCutoff(daily, Instant.parse("2026-11-25T22:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-25T21:00:00Z"));
        // 2026-11-25T20:00Z = 05:00 in Seoul: still yesterday's
        assertThat(ClosingSchedule.latestCutoff(daily, Instant.parse("2026-11-25T20:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T21:00:00Z"));
        assertThat(ClosingSchedule.latestCutoff(daily, Instant.parse("2026-11-25T21:00:00Z")))
                .as("exactly at the cut-off")
                .isEqualTo(Instant.parse("2026-11-25T21:00:00Z"));
    }

    @Test
    void weeklyAndMonthlyCutoffsFallOnTheConfiguredDay() {
        // Thursday 2026-11-26 12:00 in Seoul
        Instant now = Instant.parse("2026-11-26T03:00:00Z");

        assertThat(ClosingSchedule.latestCutoff(closing(BonusProperties.Period.WEEKLY, "00:00"), now))
                .isEqualTo(Instant.parse("2026-11-22T15:00:00Z"));
        assertThat(ClosingSchedule.latestCutoff(closing(BonusProperties.Period.MONTHLY, "00:00"), now))
                .isEqualTo(Instant.parse("2026-10-31T15:00:00Z"));
        assertThat(ClosingSchedule.latestCutoff(
                        closing(BonusProperties.Period.MONTHLY, "00:00"), Instant.parse("2026-10-31T14:00:00Z")))
                .as("before 1 November in Seoul: October's")
                .isEqualTo(Instant.parse("2026-09-30T15:00:00Z"));
    }

    @Test
    void ordersAreConfirmedOnlyAfterTheRefundDelay() {
        assertThat(ClosingSchedule.paidBefore(
                        closing(BonusProperties.Period.DAILY, "00:00"), Instant.parse("2026-11-25T15:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-23T15:00:00Z"));
    }
}
