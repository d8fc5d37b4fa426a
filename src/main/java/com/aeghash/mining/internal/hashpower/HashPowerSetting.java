package com.aeghash.mining.internal.hashpower;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One applied "set hash power" command, kept by its caller reference so a repeat gets its first result and is
 * not applied again.
 */
public record HashPowerSetting(
        String reference,
        String memberId,
        BigDecimal previousHashPower,
        BigDecimal hashPower,
        String actor,
        Instant createdAt) {}
