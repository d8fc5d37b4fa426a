package com.aeghash.sandbox.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulators: on/off, how long a "hang" stalls, and fault plans applied from start-up, keyed
 * {@code <vendor>/<method>} (for example {@code aeghash.sandbox.faults[hashdam/assetWithdrawRequest].error-rate=0.5}).
 * {@code allowRemoteDatabase} lets the sandbox start on a database on another machine, which it refuses by default
 * ({@link SandboxDatabaseCheck} reads it before this record is bound, also as
 * {@code AEGHASH_SANDBOX_ALLOW_REMOTE_DATABASE}).
 */
@ConfigurationProperties("aeghash.sandbox")
record SandboxProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("30s") Duration stallDuration,
        @DefaultValue Map<String, FaultPlan> faults,
        @DefaultValue("false") boolean allowRemoteDatabase) {}
