package com.aeghash.mining;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.LifecycleState;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Lifecycle of a daily ETL run. {@code RUNNING} covers a run whose holder died: its lease expires and another
 * attempt takes it over. A {@code FAILED} run is resumed by the next attempt; {@code COMPLETED} is final.
 */
public enum EtlRunStatus implements LifecycleState<EtlRunStatus> {
    RUNNING,
    COMPLETED,
    FAILED;

    private static final Lifecycle<EtlRunStatus, Lifecycle.NoAction> LIFECYCLE = Lifecycle.of(
                    "ETL run", EtlRunStatus.class)
            .allow(RUNNING, COMPLETED, FAILED)
            .allow(FAILED, RUNNING)
            .build();

    @Override
    public Lifecycle<EtlRunStatus, Lifecycle.NoAction> lifecycle() {
        return LIFECYCLE;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EtlRunStatus fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
