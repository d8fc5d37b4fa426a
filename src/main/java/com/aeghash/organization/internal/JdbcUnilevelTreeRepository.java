package com.aeghash.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The referral tree over SQL. */
@Repository
class JdbcUnilevelTreeRepository implements UnilevelTreeRepository {

    static final int IN_LIST_MAX = 1000;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public JdbcUnilevelTreeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Optional<UnilevelNode> find(String memberId) {
        return jdbc.query("""
                SELECT member_id, referrer_member_id, depth, path FROM organization_unilevel_nodes
                WHERE member_id = ?""", JdbcUnilevelTreeRepository::node, memberId).stream()
                .findFirst();
    }

    @Override
    public void insert(UnilevelNode node) {
        jdbc.update("""
                INSERT INTO organization_unilevel_nodes (member_id, referrer_member_id, depth, path)
                VALUES (?, ?, ?, ?)""", node.memberId(), node.referrerId(), node.depth(), node.path());
    }

    /** Parents in sorted slices of at most {@value #IN_LIST_MAX}, so the order is global and lists stay bounded. */
    @Override
    public List<UnilevelNode> children(Collection<String> referrerIds, int limit) {
        List<String> sorted = referrerIds.stream().sorted().toList();
        List<UnilevelNode> children = new ArrayList<>();
        for (int start = 0; start < sorted.size() && children.size() < limit; start += IN_LIST_MAX) {
            List<String> slice = sorted.subList(start, Math.min(sorted.size(), start + IN_LIST_MAX));
            children.addAll(named.query(
                    """
                    SELECT member_id, referrer_member_id, depth, path FROM organization_unilevel_nodes
                    WHERE referrer_member_id IN (:referrers)
                    ORDER BY referrer_member_id, member_id LIMIT :limit""",
                    Map.of("referrers", slice, "limit", limit - children.size()),
                    JdbcUnilevelTreeRepository::node));
        }
        return children;
    }

    /** A range of {@code organization_unilevel_by_referrer} (referrer, member id). */
    @Override
    public List<UnilevelNode> childrenFrom(String referrerId, String fromMemberId, boolean towardsFirst, int limit) {
        String position =
                fromMemberId == null ? "" : towardsFirst ? " AND member_id < :from" : " AND member_id > :from";
        Map<String, Object> params = new HashMap<>();
        params.put("referrer", referrerId);
        params.put("from", fromMemberId);
        params.put("limit", limit);
        return named.query(
                "SELECT member_id, referrer_member_id, depth, path FROM organization_unilevel_nodes"
                        + " WHERE referrer_member_id = :referrer" + position
                        + " ORDER BY member_id " + (towardsFirst ? "DESC" : "ASC") + " LIMIT :limit",
                params,
                JdbcUnilevelTreeRepository::node);
    }

    private static UnilevelNode node(ResultSet row, int index) throws SQLException {
        return new UnilevelNode(
                row.getString("member_id"),
                row.getString("referrer_member_id"),
                row.getInt("depth"),
                row.getString("path"));
    }
}
