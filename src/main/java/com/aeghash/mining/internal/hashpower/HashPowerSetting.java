package com.aeghash.mining.internal.hashpower;

import java.math.BigDecimal;
import java.time.Instant;

/** One applied "set hash power" command, kept by its caller reference so a repeat is answered, not re-applied. */
public record HashPowerSetting(String reference, String memberId, BigDecimal previousHashPower, BigDecimal hashPower,
        String actor, Instant createdAt) {
}
