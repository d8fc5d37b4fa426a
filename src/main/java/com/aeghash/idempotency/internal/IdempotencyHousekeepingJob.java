package com.aeghash.idempotency.internal;

import com.aeghash.idempotency.IdempotentRequests;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes idempotency keys past their expiry (the key may then be used again, as a new request). */
@Component
class IdempotencyHousekeepingJob {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyHousekeepingJob.class);

    private final IdempotentRequests requests;
    private final Clock clock;

    IdempotencyHousekeepingJob(IdempotentRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.idempotency.purge-interval:10m}",
            initialDelayString = "${aeghash.idempotency.purge-interval:10m}")
    @SchedulerLock(
            name = "idempotency-housekeeping",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${aeghash.idempotency.purge-interval:10m}")
    public void purgeExpired() {
        int purged = requests.purgeExpired(clock.instant());
        if (purged > 0) {
            log.info("idempotency housekeeping: {} expired keys deleted", purged);
        }
    }
}
