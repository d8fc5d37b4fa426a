package com.aeghash.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The referral tree over SQL. */
@Repository
public class JdbcUnilevelTreeRepository implements UnilevelTreeRepository {

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
                WHERE member_id = ?""", JdbcUnilevelTreeRepository::node, memberId).stream().findFirst();
    }

    @Override
    public void insert(UnilevelNode node) {
        jdbc.update("""
                INSERT INTO organization_unilevel_nodes (member_id, referrer_member_id, depth, path)
                VALUES (?, ?, ?, ?)""", node.memberId(), node.referrerId(), node.depth(), node.path());
    }

    @Override
    public List<UnilevelNode> children(Collection<String> referrerIds, int limit) {
        if (referrerIds.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (referrerIds.size() > IN_LIST_MAX) {
            throw new IllegalArgumentException("at most " + IN_LIST_MAX + " parents per read");
        }
        return named.query("""
                SELECT member_id, referrer_member_id, depth, path FROM organization_unilevel_nodes
                WHERE referrer_member_id IN (:referrers)
                ORDER BY referrer_member_id, member_id LIMIT :limit""",
                Map.of("referrers", List.copyOf(referrerIds), "limit", limit), JdbcUnilevelTreeRepository::node);
    }

    private static UnilevelNode node(ResultSet row, int index) throws SQLException {
        return new UnilevelNode(row.getString("member_id"), row.getString("referrer_member_id"), row.getInt("depth"),
                row.getString("path"));
    }
}
