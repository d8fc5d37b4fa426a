package com.aeghash.partner.internal.events;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes this instance's {@link RejectedCallCounts} every {@code aeghash.partner.rejected-calls-interval} (1m), and
 * once more when the service stops gracefully. Unlike the other jobs it has work on every instance (each counts the
 * calls it refused): its lock is held only while one instance writes, so two instances' flushes take turns, and one
 * that finds it taken writes its counts at its next run.
 */
@Component
public class PartnerRejectedCallsJob {

    private final RejectedCallCounts counts;

    PartnerRejectedCallsJob(RejectedCallCounts counts) {
        this.counts = counts;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.partner.rejected-calls-interval:1m}",
            initialDelayString = "${aeghash.partner.rejected-calls-interval:1m}")
    @SchedulerLock(name = "partner-rejected-calls", lockAtMostFor = "PT1M")
    public void flush() {
        counts.flush();
    }

    @PreDestroy
    void flushBeforeStopping() {
        counts.flush();
    }
}
