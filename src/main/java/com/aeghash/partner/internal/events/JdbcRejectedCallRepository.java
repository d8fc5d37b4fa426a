package com.aeghash.partner.internal.events;

import com.aeghash.common.SqlTimes;
import com.aeghash.partner.internal.authentication.SignatureCheck;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code partner_rejected_calls} over SQL. */
@Repository
class JdbcRejectedCallRepository implements RejectedCallRepository {

    private final JdbcClient jdbc;

    JdbcRejectedCallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertAll(List<RejectedCalls> rows) {
        for (RejectedCalls row : rows) {
            jdbc.sql("""
                    INSERT INTO partner_rejected_calls (first_call_at, last_call_at, signature_check, partner_id,
                        response_status, calls, addresses, busiest_address, busiest_address_calls)
                    VALUES (:first, :last, :check, :partner, :status, :calls, :addresses, :busiest, :busiestCalls)""")
                    .param("first", SqlTimes.utc(row.firstCallAt()))
                    .param("last", SqlTimes.utc(row.lastCallAt()))
                    .param("check", row.signatureCheck().name())
                    .param("partner", row.partnerId())
                    .param("status", row.responseStatus())
                    .param("calls", row.calls())
                    .param("addresses", row.addresses())
                    .param("busiest", row.busiestAddress())
                    .param("busiestCalls", row.busiestAddressCalls())
                    .update();
        }
    }

    @Override
    public List<RejectedCalls> recent(long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, first_call_at, last_call_at, signature_check, partner_id, response_status, calls, addresses,
                    busiest_address, busiest_address_calls
                FROM partner_rejected_calls WHERE id < :before ORDER BY id DESC LIMIT :limit""")
                .param("before", beforeId)
                .param("limit", limit)
                .query(JdbcRejectedCallRepository::row)
                .list();
    }

    @Override
    public int purgeLastCallBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                DELETE FROM partner_rejected_calls WHERE id IN (
                    SELECT id FROM partner_rejected_calls WHERE last_call_at < :cutoff ORDER BY id LIMIT :limit)""")
                .param("cutoff", SqlTimes.utc(cutoff))
                .param("limit", limit)
                .update();
    }

    private static RejectedCalls row(ResultSet row, int index) throws SQLException {
        return new RejectedCalls(
                row.getLong("id"),
                SqlTimes.instant(row, "first_call_at"),
                SqlTimes.instant(row, "last_call_at"),
                SignatureCheck.valueOf(row.getString("signature_check")),
                row.getString("partner_id"),
                row.getInt("response_status"),
                row.getLong("calls"),
                row.getInt("addresses"),
                row.getString("busiest_address"),
                row.getLong("busiest_address_calls"));
    }
}
