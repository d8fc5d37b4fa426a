package com.aeghash.bonus.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The closing schedule: every {@code aeghash.bonus.closing.check-interval} it closes the latest cut-off of
 * the configured period (a no-op once that closing is complete), after posting the queued bonus credits. ShedLock
 * keeps it to one instance.
 */
@Component
class BonusClosingJob {

    private final BonusOperationsService closings;
    private final BonusProperties properties;
    private final Clock clock;

    BonusClosingJob(BonusOperationsService closings, BonusProperties properties, Clock clock) {
        this.closings = closings;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.bonus.closing.check-interval:10m}",
            initialDelayString = "${aeghash.bonus.closing.check-interval:10m}")
    @SchedulerLock(
            name = "bonus-closing",
            lockAtMostFor = "PT2H",
            lockAtLeastFor = "${aeghash.bonus.closing.check-interval:10m}")
    public void closeLatestDue() {
        closings.closeWithCreditsPosted(
                ClosingSchedule.latestCutoff(properties.closing(), clock.instant()), "scheduler");
    }
}
