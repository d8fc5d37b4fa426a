package com.aeghash.bonus.internal;

import com.aeghash.bonus.Center;
import com.aeghash.bonus.CenterAssignment;
import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Centers and explicit assignments over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcCenterRepository {

    static final int IN_LIST_MAX = 1000;
    private static final String CENTER_COLUMNS = "member_id, referrer_member_id, designated_by, designated_at";
    private final JdbcClient jdbc;

    JdbcCenterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The center row, locked until the transaction ends (a revocation and an assignment to it queue). */
    Optional<Center> lock(String memberId) {
        return jdbc.sql("SELECT " + CENTER_COLUMNS + " FROM bonus_centers WHERE member_id = :member FOR UPDATE")
                .param("member", memberId)
                .query(JdbcCenterRepository::center)
                .optional();
    }

    List<Center> after(String afterMemberId, int limit) {
        return jdbc.sql("SELECT " + CENTER_COLUMNS
                        + " FROM bonus_centers WHERE member_id > :after ORDER BY member_id LIMIT :limit")
                .param("after", afterMemberId == null ? "" : afterMemberId)
                .param("limit", limit)
                .query(JdbcCenterRepository::center)
                .list();
    }

    /** False (nothing written) when the member is a center already. */
    boolean insert(Center center) {
        return jdbc.sql("""
                        INSERT INTO bonus_centers (member_id, referrer_member_id, designated_by, designated_at)
                        VALUES (:member, :referrer, :by, :at) ON CONFLICT DO NOTHING""")
                        .param("member", center.memberId())
                        .param("referrer", center.referrerMemberId())
                        .param("by", center.designatedBy())
                        .param("at", SqlTimes.utc(center.designatedAt()))
                        .update()
                == 1;
    }

    /** Deletes the center and the assignments to it; returns how many assignments went with it. */
    int delete(String memberId) {
        int assignments = jdbc.sql("DELETE FROM bonus_center_assignments WHERE center_member_id = :member")
                .param("member", memberId)
                .update();
        jdbc.sql("DELETE FROM bonus_centers WHERE member_id = :member")
                .param("member", memberId)
                .update();
        return assignments;
    }

    Optional<CenterAssignment> assignmentOf(String memberId) {
        return jdbc.sql("""
                SELECT member_id, center_member_id, assigned_by, assigned_at FROM bonus_center_assignments
                WHERE member_id = :member""")
                .param("member", memberId)
                .query((row, number) -> new CenterAssignment(
                        row.getString("member_id"),
                        row.getString("center_member_id"),
                        row.getString("assigned_by"),
                        SqlTimes.instant(row, "assigned_at")))
                .optional();
    }

    /** Replaces the buyer's assignment (the caller holds the center's lock). */
    void assign(CenterAssignment assignment) {
        deleteAssignment(assignment.memberId());
        jdbc.sql("""
                INSERT INTO bonus_center_assignments (member_id, center_member_id, assigned_by, assigned_at)
                VALUES (:member, :center, :by, :at)""")
                .param("member", assignment.memberId())
                .param("center", assignment.centerMemberId())
                .param("by", assignment.assignedBy())
                .param("at", SqlTimes.utc(assignment.assignedAt()))
                .update();
    }

    boolean deleteAssignment(String memberId) {
        return jdbc.sql("DELETE FROM bonus_center_assignments WHERE member_id = :member")
                        .param("member", memberId)
                        .update()
                == 1;
    }

    /**
     * The buyer's explicit center (if any) and the centers among its uplines, with their referrers: one statement for
     * up to {@value #IN_LIST_MAX} uplines (one more per further thousand).
     */
    List<CenterCandidate> candidates(String buyerMemberId, List<String> uplineIds) {
        List<CenterCandidate> candidates = new ArrayList<>();
        int start = 0;
        do {
            List<String> slice = uplineIds.subList(start, Math.min(uplineIds.size(), start + IN_LIST_MAX));
            String sql = """
                    SELECT c.member_id, c.referrer_member_id, 1 AS explicit FROM bonus_center_assignments a
                    JOIN bonus_centers c ON c.member_id = a.center_member_id WHERE a.member_id = :buyer""";
            if (!slice.isEmpty()) {
                sql +=
                        " UNION ALL SELECT member_id, referrer_member_id, 0 FROM bonus_centers WHERE member_id IN (:ids)";
            }
            JdbcClient.StatementSpec statement = jdbc.sql(sql).param("buyer", start == 0 ? buyerMemberId : "");
            if (!slice.isEmpty()) {
                statement = statement.param("ids", slice);
            }
            candidates.addAll(statement
                    .query((row, number) -> new CenterCandidate(
                            row.getString("member_id"),
                            row.getString("referrer_member_id"),
                            row.getInt("explicit") == 1))
                    .list());
            start += IN_LIST_MAX;
        } while (start < uplineIds.size());
        return candidates;
    }

    /** A center found for a buyer: assigned to it explicitly, or one of its uplines. */
    record CenterCandidate(String memberId, String referrerMemberId, boolean explicit) {}

    private static Center center(ResultSet row, int number) throws SQLException {
        return new Center(
                row.getString("member_id"),
                row.getString("referrer_member_id"),
                row.getString("designated_by"),
                SqlTimes.instant(row, "designated_at"));
    }
}
