package com.aeghash.mining;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lifecycle of a daily ETL run. {@code RUNNING} covers a run whose holder died: its lease expires and another
 * attempt takes it over. A {@code FAILED} run is resumed by the next attempt; {@code COMPLETED} is final.
 */
public enum EtlRunStatus {
    RUNNING, COMPLETED, FAILED;

    private static final Map<EtlRunStatus, Set<EtlRunStatus>> ALLOWED = Map.of(
            RUNNING, Set.of(COMPLETED, FAILED),
            FAILED, Set.of(RUNNING),
            COMPLETED, Set.of());

    public boolean canMoveTo(EtlRunStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EtlRunStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
