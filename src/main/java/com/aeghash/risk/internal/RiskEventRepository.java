package com.aeghash.risk.internal;

import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskSeverity;
import java.util.List;

/** The findings log, append-only; SQL ({@link JdbcRiskEventRepository}) and in memory. */
interface RiskEventRepository {

    int LIMIT_MAX = 1_000;

    /** Appends the event (its id is ignored) and returns it with the id it was given. */
    RiskEvent insert(RiskEvent event);

    /** Newest first; null filters match everything; {@code limit} is capped at {@link #LIMIT_MAX}. */
    List<RiskEvent> find(String memberId, RiskSeverity severity, int offset, int limit);

    /**
     * A keyset page: the matching events after the id {@code fromId} (exclusive), descending ids when
     * {@code newestFirst}, else ascending; null filters match everything; {@code limit} capped at {@link #LIMIT_MAX}.
     */
    List<RiskEvent> findFrom(String memberId, RiskSeverity severity, long fromId, boolean newestFirst, int limit);
}
