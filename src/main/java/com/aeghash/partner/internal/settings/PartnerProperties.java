package com.aeghash.partner.internal.settings;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the partner API shared by every partner (the partners themselves are {@code AEGMALL_<PARTNER>_*}
 * variables, read by {@link PartnerEnvironmentReader}).
 *
 * @param timestampTolerance         how far {@code X-AEG-Timestamp} may be from our clock (either way)
 * @param trustedProxies             CIDRs of our own reverse proxies; only their {@code X-Forwarded-For} is read
 * @param signatureFailuresAlert     signature failures of one partner within {@code alertWindow} that raise an
 *                                   alert
 * @param alertWindow                window of that count, and the minimum gap between two alerts of one kind
 * @param eventRetention             how long the inbound event log is kept
 * @param failuresPerAddress         failed calls one source address may make within {@code failureWindow} before
 *                                   its further failures are answered 429 and only counted (never stored)
 * @param failureWindow              window of that budget
 * @param unknownKeyCallsAlert       calls with a key id no partner has (all addresses together) within
 *                                   {@code alertWindow} that raise an alert
 */
@ConfigurationProperties("aeghash.partner")
public record PartnerProperties(
        @DefaultValue("300s") Duration timestampTolerance,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("5") int signatureFailuresAlert,
        @DefaultValue("5m") Duration alertWindow,
        @DefaultValue("90d") Duration eventRetention,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("1m") Duration failureWindow,
        @DefaultValue("100") int unknownKeyCallsAlert) {

    public PartnerProperties {
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .map(String::trim)
                        .filter(text -> !text.isEmpty())
                        .toList();
        if (timestampTolerance.isNegative() || timestampTolerance.isZero()) {
            throw new IllegalArgumentException("aeghash.partner.timestamp-tolerance must be positive");
        }
        if (failuresPerAddress < 1 || failureWindow.toSeconds() < 1 || unknownKeyCallsAlert < 1) {
            throw new IllegalArgumentException("aeghash.partner.failures-per-address and unknown-key-calls-alert must"
                    + " be at least 1, failure-window at least 1s");
        }
    }

    /** Nonces must outlive every request that could still carry them: a timestamp window on each side. */
    public Duration nonceRetention() {
        return timestampTolerance.multipliedBy(2).plusSeconds(60);
    }
}
