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
 * @param signatureFailuresAlert     signature failures of one partner (or one address) within
 *                                   {@code alertWindow} that raise an alert
 * @param alertWindow                window of that count, and the minimum gap between two alerts of one kind
 * @param eventRetention             how long the inbound event log is kept
 */
@ConfigurationProperties("aeghash.partner")
public record PartnerProperties(
        @DefaultValue("300s") Duration timestampTolerance,
        @DefaultValue List<String> trustedProxies,
        @DefaultValue("5") int signatureFailuresAlert,
        @DefaultValue("5m") Duration alertWindow,
        @DefaultValue("90d") Duration eventRetention) {

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
    }

    /** Nonces must outlive every request that could still carry them: a timestamp window on each side. */
    public Duration nonceRetention() {
        return timestampTolerance.multipliedBy(2).plusSeconds(60);
    }
}
