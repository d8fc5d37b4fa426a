package com.aeghash.bonus.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The closing schedule: every {@code aeghash.bonus.closing.check-interval} it closes the latest cut-off of
 * the configured period (a no-op once that closing is complete). ShedLock keeps it to one instance.
 */
@Component
class BonusClosingJob {

    private final BonusClosingService closings;
    private final BonusProperties properties;
    private final Clock clock;

    BonusClosingJob(BonusClosingService closings, BonusProperties properties, Clock clock) {
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
        closings.close(ClosingSchedule.latestCutoff(properties.closing(), clock.instant()), "scheduler");
    }
}
