package com.aeghash.sandbox.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulators: on/off, how long a "hang" stalls, and fault plans applied from start-up, keyed
 * {@code <vendor>/<method>} (for example {@code aeghash.sandbox.faults[hashdam/assetWithdrawRequest].error-rate=0.5}).
 */
@ConfigurationProperties("aeghash.sandbox")
record SandboxProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("30s") Duration stallDuration,
        @DefaultValue Map<String, FaultPlan> faults) {}
