package com.aeghash.bonus.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts the queued bonus credits every {@code aeghash.bonus.credits.interval} (200ms), on every instance. The lock
 * only makes runs take turns (no {@code lockAtLeastFor}: the next run may start as soon as one ends, on any instance);
 * two posters running at once would still never post an order twice ({@link BonusCreditPoster}).
 */
@Component
class BonusCreditJob {

    private final BonusCreditPoster poster;

    BonusCreditJob(BonusCreditPoster poster) {
        this.poster = poster;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.bonus.credits.interval:200ms}",
            initialDelayString = "${aeghash.bonus.credits.interval:200ms}")
    @SchedulerLock(name = "bonus-credits", lockAtMostFor = "PT10S")
    public void postQueuedCredits() {
        poster.postOutstanding();
    }
}
