package com.aeghash.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A configured partner as operators see it: the key id and secret fingerprints ({@code sha256:xxxxxxxx}), never a
 * secret. {@code allowedAddresses} empty means any source address; {@code secretRotatedAt} null means unknown;
 * {@code signatureV1Until} is the last day signature version 1 is accepted, null for no end.
 */
public record PartnerSummary(
        String id,
        String keyId,
        String secretFingerprint,
        String previousSecretFingerprint,
        List<String> allowedAddresses,
        LocalDate secretRotatedAt,
        LocalDate signatureV1Until,
        int requestsPerSecond,
        BigDecimal orderTotalMax,
        BigDecimal orderPvMax,
        BigDecimal hashpowerMax) {

    public PartnerSummary {
        allowedAddresses = List.copyOf(allowedAddresses);
    }
}
