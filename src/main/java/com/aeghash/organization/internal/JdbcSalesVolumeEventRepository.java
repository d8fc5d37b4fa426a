package com.aeghash.organization.internal;

import com.aeghash.common.SqlTimes;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Sales volume events over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcSalesVolumeEventRepository implements SalesVolumeEventRepository {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcSalesVolumeEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** One statement: the select of the member's node is the registration check, and it locks nothing. */
    @Override
    public boolean append(String memberId, BigDecimal pvDelta, Instant recordedAt) {
        return jdbc.update("""
                INSERT INTO organization_sales_volume_events (member_id, pv_delta, recorded_at)
                SELECT member_id, CAST(? AS NUMERIC(38, 18)), CAST(? AS TIMESTAMP WITH TIME ZONE)
                FROM organization_binary_nodes WHERE member_id = ?""", pvDelta, SqlTimes.utc(recordedAt), memberId) == 1;
    }

    @Override
    public List<SalesVolumeEvent> oldest(int limit) {
        return jdbc.query(
                """
                SELECT e.id, e.member_id, e.pv_delta, n.depth, n.level_position, n.path
                FROM organization_sales_volume_events e
                JOIN organization_binary_nodes n ON n.member_id = e.member_id
                ORDER BY e.id LIMIT ?""",
                (row, index) -> new SalesVolumeEvent(
                        row.getLong("id"),
                        row.getString("member_id"),
                        row.getBigDecimal("pv_delta"),
                        row.getInt("depth"),
                        row.getBigDecimal("level_position").toBigIntegerExact(),
                        row.getString("path")),
                limit);
    }

    @Override
    public int delete(List<Long> eventIds) {
        int deleted = 0;
        for (int start = 0; start < eventIds.size(); start += JdbcBinaryTreeRepository.IN_LIST_MAX) {
            List<Long> slice =
                    eventIds.subList(start, Math.min(eventIds.size(), start + JdbcBinaryTreeRepository.IN_LIST_MAX));
            deleted += named.update(
                    "DELETE FROM organization_sales_volume_events WHERE id IN (:ids)", Map.of("ids", slice));
        }
        return deleted;
    }
}
