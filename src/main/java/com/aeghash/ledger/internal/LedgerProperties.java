package com.aeghash.ledger.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's invariant scan ({@code aeghash.ledger.*}).
 *
 * @param invariantCheckInterval how often the scheduled scan runs (10 minutes; one instance at a time)
 * @param invariantCheckMaxAge   how old the last scan may be before health reports it stale ({@code UNKNOWN}, or
 *                               still {@code DOWN} when it found violations): 30 minutes, three missed runs. Health
 *                               never scans; it must be longer than the interval
 */
@ConfigurationProperties("aeghash.ledger")
public record LedgerProperties(
        @DefaultValue("10m") Duration invariantCheckInterval,
        @DefaultValue("30m") Duration invariantCheckMaxAge) {

    public LedgerProperties {
        if (invariantCheckInterval.compareTo(Duration.ofSeconds(10)) < 0) {
            throw new IllegalArgumentException("aeghash.ledger.invariant-check-interval must be at least 10s");
        }
        if (invariantCheckMaxAge.compareTo(invariantCheckInterval) <= 0) {
            throw new IllegalArgumentException(
                    "aeghash.ledger.invariant-check-max-age must be longer than aeghash.ledger.invariant-check-interval");
        }
    }
}
