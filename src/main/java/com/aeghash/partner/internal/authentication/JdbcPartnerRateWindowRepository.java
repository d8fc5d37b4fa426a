package com.aeghash.partner.internal.authentication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Windows in {@code partner_rate_windows}, outside any transaction. A permit is one conditional {@code UPDATE}
 * (the row lock orders concurrent callers, {@code calls < :limit} refuses the one past the limit); only the first
 * call of a window also inserts the row ({@code ON CONFLICT DO NOTHING}: two instances opening one window at once
 * both end in the update).
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
        if (increment(partnerId, windowStart, limit)) {
            return true;
        }
        return open(partnerId, windowStart) || increment(partnerId, windowStart, limit);
    }

    private boolean increment(String partnerId, long windowStart, int limit) {
        return jdbc.sql("""
                UPDATE partner_rate_windows SET calls = calls + 1
                WHERE partner_id = :partner AND window_start = :window AND calls < :limit""")
                        .param("partner", partnerId)
                        .param("window", windowStart)
                        .param("limit", limit)
                        .update()
                == 1;
    }

    private boolean open(String partnerId, long windowStart) {
        return jdbc.sql("""
                INSERT INTO partner_rate_windows (partner_id, window_start, calls) VALUES (:partner, :window, 1)
                ON CONFLICT DO NOTHING""")
                        .param("partner", partnerId)
                        .param("window", windowStart)
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
