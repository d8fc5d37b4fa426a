package com.aeghash.partner.internal.authentication;

import com.aeghash.common.SqlTimes;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Nonces in {@code partner_nonces}. The claim is one {@code INSERT ... ON CONFLICT DO NOTHING} outside any
 * transaction: the primary key decides, across every instance, which of two calls with one nonce wins.
 */
@Repository
class JdbcPartnerNonceRepository implements PartnerNonceRepository {

    private final JdbcClient jdbc;

    JdbcPartnerNonceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String partnerId, String nonce, Instant seenAt) {
        return jdbc.sql("""
                INSERT INTO partner_nonces (partner_id, nonce, seen_at) VALUES (:partner, :nonce, :seenAt)
                ON CONFLICT DO NOTHING""")
                        .param("partner", partnerId)
                        .param("nonce", nonce)
                        .param("seenAt", SqlTimes.utc(seenAt))
                        .update()
                == 1;
    }

    @Override
    public int purgeSeenBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                DELETE FROM partner_nonces WHERE (partner_id, nonce) IN (
                    SELECT partner_id, nonce FROM partner_nonces WHERE seen_at < :cutoff
                    ORDER BY seen_at LIMIT :limit)""")
                .param("cutoff", SqlTimes.utc(cutoff))
                .param("limit", limit)
                .update();
    }
}
