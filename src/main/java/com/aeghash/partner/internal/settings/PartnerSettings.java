package com.aeghash.partner.internal.settings;

import com.aeghash.common.Secret;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One partner as configured by {@code AEGMALL_<PARTNER>_*} variables.
 *
 * @param id               the lower-case {@code <PARTNER>} part, e.g. {@code aegmall}; prefixes order references
 * @param variablePrefix   {@code AEGMALL_<PARTNER>}, to name variables in messages and the key report
 * @param keyId            the public key id the partner sends as {@code X-AEG-Key}
 * @param previousSecret   still accepted during a rotation; null otherwise
 * @param allowedRanges    source addresses allowed; empty means any (refused in prod) unless {@code localCallersOnly}
 * @param localCallersOnly {@code AEGMALL_<PARTNER>_ALLOWED_IPS=local}: only callers on this machine, by the strict
 *                         rule of {@link com.aeghash.common.web.LocalCallers} (the sandbox's demo partner)
 * @param rotatedAt        when the secret was last rotated; null when unknown (refused in prod)
 * @param signatureV1Until the last day (UTC) a scheme-1 signature (body only, no method or path) is accepted;
 *                         null: no end (refused in prod)
 */
public record PartnerSettings(
        String id,
        String variablePrefix,
        String keyId,
        Secret secret,
        Secret previousSecret,
        List<IpRange> allowedRanges,
        boolean localCallersOnly,
        LocalDate rotatedAt,
        LocalDate signatureV1Until,
        PartnerLimits limits) {

    public PartnerSettings {
        allowedRanges = List.copyOf(allowedRanges);
    }

    /** {@code local}: the call comes from this machine by the strict rule (peer and every forwarded name loopback). */
    public boolean allowsCaller(String address, boolean local) {
        if (localCallersOnly) {
            return local;
        }
        return allowedRanges.isEmpty() || allowedRanges.stream().anyMatch(range -> range.contains(address));
    }

    /** The allowed addresses as operators read them: {@code local}, the CIDRs, or nothing for any address. */
    public List<String> allowedAddresses() {
        return localCallersOnly
                ? List.of(PartnerEnvironmentReader.LOCAL_CALLERS)
                : allowedRanges.stream().map(IpRange::toString).toList();
    }

    /** Whether a scheme-1 signature is still accepted on this day (UTC): through its last day, not after. */
    public boolean acceptsVersion1On(LocalDate today) {
        return signatureV1Until == null || !today.isAfter(signatureV1Until);
    }

    /** Limits per partner: requests per second (per instance) and the largest amounts accepted. */
    public record PartnerLimits(
            int requestsPerSecond, BigDecimal orderTotalMax, BigDecimal orderPvMax, BigDecimal hashpowerMax) {}

    /** Key id and secret fingerprint: what logs and audit entries may show of a partner's credentials. */
    String describe() {
        return id + " (key " + keyId + ", secret " + secret.fingerprint() + ")";
    }
}
