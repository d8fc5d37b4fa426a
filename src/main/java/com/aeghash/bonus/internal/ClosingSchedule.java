package com.aeghash.bonus.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** Pure schedule arithmetic: the latest cut-off at or before now, and what a cut-off confirms. */
final class ClosingSchedule {

    private ClosingSchedule() {}

    static Instant latestCutoff(BonusProperties.Closing closing, Instant now) {
        LocalDate today = now.atZone(closing.timeZone()).toLocalDate();
        LocalDate date = switch (closing.period()) {
            case DAILY -> today;
            case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(closing.weeklyDay()));
            case MONTHLY ->
                today.getDayOfMonth() >= closing.monthlyDay()
                        ? today.withDayOfMonth(closing.monthlyDay())
                        : today.minusMonths(1).withDayOfMonth(closing.monthlyDay());
        };
        Instant cutoff = at(closing, date);
        if (!cutoff.isAfter(now)) {
            return cutoff;
        }
        LocalDate previous = switch (closing.period()) {
            case DAILY -> date.minusDays(1);
            case WEEKLY -> date.minusWeeks(1);
            case MONTHLY -> date.minusMonths(1);
        };
        return at(closing, previous);
    }

    /** Orders paid before this instant are old enough (refund delay) to be confirmed by the cut-off. */
    static Instant paidBefore(BonusProperties.Closing closing, Instant cutoff) {
        return cutoff.atZone(closing.timeZone())
                .minusDays(closing.refundDelayDays())
                .toInstant();
    }

    private static Instant at(BonusProperties.Closing closing, LocalDate date) {
        return ZonedDateTime.of(date, closing.cutoffTime(), closing.timeZone()).toInstant();
    }
}
