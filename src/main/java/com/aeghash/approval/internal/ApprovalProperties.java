package com.aeghash.approval.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Four-eyes settings ({@code aeghash.approval.*}), checked at boot.
 *
 * @param expiry              how long a request waits for its checker before it expires (1 hour to 30 days)
 * @param executionStaleAfter an approved action calling a vendor that is still executing after this was interrupted
 *                            (a crash): the recovery job alerts and executes it again (at least 1 minute)
 * @param jobInterval         how often the expiry and recovery jobs run
 * @param jobBatchSize        requests looked at per job run (1-1000)
 */
@ConfigurationProperties("aeghash.approval")
record ApprovalProperties(
        @DefaultValue("72h") Duration expiry,
        @DefaultValue("30m") Duration executionStaleAfter,
        @DefaultValue("1m") Duration jobInterval,
        @DefaultValue("100") int jobBatchSize) {

    ApprovalProperties {
        require(
                expiry.compareTo(Duration.ofHours(1)) >= 0 && expiry.compareTo(Duration.ofDays(30)) <= 0,
                "aeghash.approval.expiry must be 1h-30d");
        require(
                executionStaleAfter.compareTo(Duration.ofMinutes(1)) >= 0,
                "aeghash.approval.execution-stale-after must be at least 1m");
        require(jobBatchSize >= 1 && jobBatchSize <= 1000, "aeghash.approval.job-batch-size must be 1-1000");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
