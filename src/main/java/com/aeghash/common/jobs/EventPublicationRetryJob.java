package com.aeghash.common.jobs;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-delivers event publications whose listener failed or never ran (webhook outage, crash after
 * commit): every {@code aeghash.events.retry-interval} it resubmits those older than
 * {@code aeghash.events.resubmit-after}. Listeners are idempotent, so a repeated delivery is harmless.
 */
@Component
public class EventPublicationRetryJob {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationRetryJob.class);
    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    EventPublicationRetryJob(
            IncompleteEventPublications incomplete,
            @Value("${aeghash.events.resubmit-after:30s}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.events.retry-interval:30s}",
            initialDelayString = "${aeghash.events.retry-interval:30s}")
    @SchedulerLock(
            name = "event-publication-retry",
            lockAtMostFor = "PT5M",
            lockAtLeastFor = "${aeghash.events.retry-interval:30s}")
    public void resubmitIncomplete() {
        resubmitOlderThan(resubmitAfter);
    }

    /** Resubmits every incomplete publication older than the given age; tests pass zero. */
    public void resubmitOlderThan(Duration age) {
        log.debug("resubmitting incomplete event publications older than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }
}
