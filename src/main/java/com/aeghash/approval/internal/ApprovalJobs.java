package com.aeghash.approval.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The four-eyes schedules, each under its ShedLock lock; tests call the services' bodies directly. */
@Component
class ApprovalJobs {

    private static final Logger log = LoggerFactory.getLogger(ApprovalJobs.class);
    private final ApprovalRequestsService requests;
    private final ApprovalExecution execution;

    ApprovalJobs(ApprovalRequestsService requests, ApprovalExecution execution) {
        this.requests = requests;
        this.execution = execution;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.approval.job-interval:1m}",
            initialDelayString = "${aeghash.approval.job-interval:1m}")
    @SchedulerLock(
            name = "approval-expiry",
            lockAtMostFor = "PT10M",
            lockAtLeastFor = "${aeghash.approval.job-interval:1m}")
    public void expireDue() {
        int expired = requests.expireDue();
        if (expired > 0) {
            log.info("{} approval requests expired without a decision", expired);
        }
    }

    @Scheduled(
            fixedDelayString = "${aeghash.approval.job-interval:1m}",
            initialDelayString = "${aeghash.approval.job-interval:1m}")
    @SchedulerLock(
            name = "approval-recovery",
            lockAtMostFor = "PT2H",
            lockAtLeastFor = "${aeghash.approval.job-interval:1m}")
    public void resumeStaleExecutions() {
        int resumed = execution.resumeStale();
        if (resumed > 0) {
            log.warn("{} approved actions left executing were run again", resumed);
        }
    }
}
