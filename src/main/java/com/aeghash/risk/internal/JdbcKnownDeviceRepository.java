package com.aeghash.risk.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.risk.KnownDevice;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcKnownDeviceRepository implements KnownDeviceRepository {

    private final JdbcClient jdbc;

    JdbcKnownDeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordSighting(String memberId, String deviceId, Instant now) {
        // Insert-if-absent works alike on PostgreSQL and H2 and never fails on a concurrent first sighting:
        // the loser inserts nothing and moves last_seen_at like any later sighting.
        int inserted = jdbc.sql("""
                INSERT INTO risk_known_devices (member_id, device_id, first_seen_at, last_seen_at)
                VALUES (:memberId, :deviceId, :now, :now) ON CONFLICT DO NOTHING""")
                .param("memberId", memberId)
                .param("deviceId", deviceId)
                .param("now", SqlTimes.utc(now))
                .update();
        if (inserted == 1) {
            return true;
        }
        jdbc.sql("""
                UPDATE risk_known_devices SET last_seen_at = :now
                WHERE member_id = :memberId AND device_id = :deviceId AND last_seen_at < :now""")
                .param("memberId", memberId)
                .param("deviceId", deviceId)
                .param("now", SqlTimes.utc(now))
                .update();
        return false;
    }

    @Override
    public Optional<KnownDevice> find(String memberId, String deviceId) {
        return jdbc.sql("SELECT * FROM risk_known_devices WHERE member_id = :memberId AND device_id = :deviceId")
                .param("memberId", memberId)
                .param("deviceId", deviceId)
                .query(JdbcKnownDeviceRepository::deviceOf)
                .optional();
    }

    @Override
    public List<KnownDevice> findByMember(String memberId, int limit) {
        return jdbc.sql("SELECT * FROM risk_known_devices WHERE member_id = :memberId"
                        + " ORDER BY last_seen_at DESC, device_id LIMIT :limit")
                .param("memberId", memberId)
                .param("limit", limit)
                .query(JdbcKnownDeviceRepository::deviceOf)
                .list();
    }

    @Override
    public List<KnownDevice> findByMemberBefore(String memberId, Instant firstSeenAt, String deviceId, int limit) {
        return jdbc.sql("SELECT * FROM risk_known_devices WHERE member_id = :memberId"
                        + " AND (first_seen_at < :firstSeenAt OR (first_seen_at = :firstSeenAt AND device_id < :deviceId))"
                        + " ORDER BY first_seen_at DESC, device_id DESC LIMIT :limit")
                .param("memberId", memberId)
                .param("firstSeenAt", SqlTimes.utc(firstSeenAt))
                .param("deviceId", deviceId)
                .param("limit", limit)
                .query(JdbcKnownDeviceRepository::deviceOf)
                .list();
    }

    private static KnownDevice deviceOf(ResultSet row, int index) throws SQLException {
        return new KnownDevice(
                row.getString("member_id"),
                row.getString("device_id"),
                SqlTimes.instant(row, "first_seen_at"),
                SqlTimes.instant(row, "last_seen_at"));
    }
}
