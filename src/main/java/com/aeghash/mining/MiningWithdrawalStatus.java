package com.aeghash.mining;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
public enum MiningWithdrawalStatus {
    SUBMITTING, SUBMITTED, COMPLETED, FAILED, UNKNOWN;

    private static final Map<MiningWithdrawalStatus, Set<MiningWithdrawalStatus>> ALLOWED = Map.of(
            SUBMITTING, Set.of(SUBMITTED, COMPLETED, FAILED, UNKNOWN),
            SUBMITTED, Set.of(COMPLETED, FAILED),
            UNKNOWN, Set.of(SUBMITTED, COMPLETED, FAILED),
            COMPLETED, Set.of(),
            FAILED, Set.of());

    public boolean canMoveTo(MiningWithdrawalStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MiningWithdrawalStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
