package com.aeghash.partner.internal.authentication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Windows in {@code partner_rate_windows}, outside any transaction. A permit is one conditional {@code UPDATE}
 * (the row lock orders concurrent callers, {@code calls < :limit} refuses the one past the limit); only the first
 * call of a window also inserts the row ({@code ON CONFLICT DO NOTHING}: two instances opening one window at once
 * both end in the update). {@link #takeBlock} takes several permits in the same statements.
 */
@Repository
class JdbcPartnerRateWindowRepository implements PartnerRateWindowRepository {

    private final JdbcClient jdbc;

    JdbcPartnerRateWindowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean take(String partnerId, long windowStart, int limit) {
        if (limit <= 0) {
            return false;
        }
        if (increment(partnerId, windowStart, limit, 1)) {
            return true;
        }
        return open(partnerId, windowStart, 1) || increment(partnerId, windowStart, limit, 1);
    }

    /** The block in one statement when the window has room for it (two for a window's first call). */
    @Override
    public int takeBlock(String partnerId, long windowStart, int limit, int wanted) {
        if (wanted > 1
                && wanted <= limit
                && (increment(partnerId, windowStart, limit, wanted) || open(partnerId, windowStart, wanted))) {
            return wanted;
        }
        return take(partnerId, windowStart, limit) ? 1 : 0;
    }

    private boolean increment(String partnerId, long windowStart, int limit, int permits) {
        return jdbc.sql("""
                UPDATE partner_rate_windows SET calls = calls + :permits
                WHERE partner_id = :partner AND window_start = :window AND calls <= :limit - :permits""")
                        .param("permits", permits)
                        .param("partner", partnerId)
                        .param("window", windowStart)
                        .param("limit", limit)
                        .update()
                == 1;
    }

    private boolean open(String partnerId, long windowStart, int permits) {
        return jdbc.sql("""
                INSERT INTO partner_rate_windows (partner_id, window_start, calls) VALUES (:partner, :window, :permits)
                ON CONFLICT DO NOTHING""")
                        .param("partner", partnerId)
                        .param("window", windowStart)
                        .param("permits", permits)
                        .update()
                == 1;
    }

    @Override
    public int purgeBefore(long windowStart, int limit) {
        return jdbc.sql("""
                DELETE FROM partner_rate_windows WHERE (partner_id, window_start) IN (
                    SELECT partner_id, window_start FROM partner_rate_windows WHERE window_start < :window
                    ORDER BY window_start LIMIT :limit)""").param("window", windowStart).param("limit", limit).update();
    }
}
