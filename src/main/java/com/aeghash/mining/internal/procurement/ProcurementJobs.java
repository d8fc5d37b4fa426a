package com.aeghash.mining.internal.procurement;

import com.aeghash.common.ApiException;
import com.aeghash.mining.internal.backing.BackingService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The procurement reconciler and the backing check, each guarded by ShedLock (schedules are off in tests). */
@Component
class ProcurementJobs {

    private static final Logger log = LoggerFactory.getLogger(ProcurementJobs.class);
    private final ProcurementService procurements;
    private final BackingService backing;

    ProcurementJobs(ProcurementService procurements, BackingService backing) {
        this.procurements = procurements;
        this.backing = backing;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.mining.procurement.reconciler-interval:1m}",
            initialDelayString = "${aeghash.mining.procurement.reconciler-interval:1m}")
    @SchedulerLock(
            name = "mining-procurement-reconciler",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${aeghash.mining.procurement.reconciler-interval:1m}")
    public void reconcileProcurements() {
        int changed = procurements.reconcileDue();
        if (changed > 0) {
            log.info("procurement reconciler: {} procurements changed state", changed);
        }
    }

    @Scheduled(
            fixedDelayString = "${aeghash.mining.procurement.backing-check-interval:1h}",
            initialDelayString = "${aeghash.mining.procurement.backing-check-interval:1h}")
    @SchedulerLock(
            name = "mining-backing-check",
            lockAtMostFor = "PT2H",
            lockAtLeastFor = "${aeghash.mining.procurement.backing-check-interval:1h}")
    public void checkBacking() {
        try {
            backing.check(false);
        } catch (ApiException failure) {
            log.warn("backing check failed: {}", failure.getMessage());
        }
    }
}
