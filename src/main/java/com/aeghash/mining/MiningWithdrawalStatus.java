package com.aeghash.mining;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Lifecycle of a mining withdrawal.
 * <ul>
 *   <li>{@code SUBMITTING}: intent and hold committed, the vendor's answer not yet recorded (a crash here is
 *       treated as unknown by the reconciler once the row is stale);</li>
 *   <li>{@code SUBMITTED}: HashDam accepted it under a withdrawId and has not finished it;</li>
 *   <li>{@code COMPLETED}: HashDam reports it completed; the hold went to payout clearing (final);</li>
 *   <li>{@code FAILED}: definitely not executed, or HashDam reports it failed/canceled; the hold was released
 *       (final);</li>
 *   <li>{@code UNKNOWN}: it may exist at HashDam; the reconciler searches the history on a schedule, then an
 *       operator decides.</li>
 * </ul>
 */
public enum MiningWithdrawalStatus implements LifecycleState<MiningWithdrawalStatus> {
    SUBMITTING,
    SUBMITTED,
    COMPLETED,
    FAILED,
    UNKNOWN;

    private static final Lifecycle<MiningWithdrawalStatus, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "mining withdrawal", MiningWithdrawalStatus.class)
            .allow(SUBMITTING, SUBMITTED, COMPLETED, FAILED, UNKNOWN)
            .allow(SUBMITTED, COMPLETED, FAILED)
            .allow(UNKNOWN, SUBMITTED, COMPLETED, FAILED)
            .build();

    @Override
    public Lifecycle<MiningWithdrawalStatus, Lifecycle.NoAction> lifecycle() {
        return LIFECYCLE;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MiningWithdrawalStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
