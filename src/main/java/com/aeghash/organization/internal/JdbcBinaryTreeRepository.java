package com.aeghash.organization.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.organization.Side;
import com.aeghash.organization.Spillover;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The sponsor tree over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcBinaryTreeRepository implements BinaryTreeRepository {

    static final int IN_LIST_MAX = 1000;
    private static final String NODE_COLUMNS = """
            member_id, sponsor_member_id, parent_member_id, side, depth, level_position, path,
            left_leg_pv, right_leg_pv""";
    private static final String RANGE_PROBE = """
            (SELECT depth, level_position, parent_member_id, side FROM organization_binary_open_slots
             WHERE depth = ? AND level_position >= ? AND level_position < ? ORDER BY level_position LIMIT 1)""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Map<Integer, String> searchStatements = new ConcurrentHashMap<>();

    public JdbcBinaryTreeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public Optional<BinaryNode> find(String memberId) {
        return jdbc
                .query(
                        "SELECT " + NODE_COLUMNS + " FROM organization_binary_nodes WHERE member_id = ?",
                        JdbcBinaryTreeRepository::node,
                        memberId)
                .stream()
                .findFirst();
    }

    @Override
    public Optional<BinaryNode> findForPlacement(String memberId) {
        return jdbc
                .query(
                        "SELECT " + NODE_COLUMNS + " FROM organization_binary_nodes WHERE member_id = ? FOR UPDATE",
                        JdbcBinaryTreeRepository::node,
                        memberId)
                .stream()
                .findFirst();
    }

    @Override
    public void insertNode(BinaryNode node, Instant placedAt) {
        jdbc.update(
                """
                INSERT INTO organization_binary_nodes (member_id, sponsor_member_id, parent_member_id, side, depth,
                    level_position, path, left_leg_pv, right_leg_pv, placed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                node.memberId(),
                node.sponsorId(),
                node.parentId(),
                node.side() == null ? null : node.side().code(),
                node.depth(),
                new BigDecimal(node.position()),
                node.path(),
                node.leftLegPv(),
                node.rightLegPv(),
                SqlTimes.utc(placedAt));
    }

    @Override
    public void insertOpenSlots(List<OpenSlot> slots) {
        jdbc.batchUpdate(
                """
                INSERT INTO organization_binary_open_slots (depth, level_position, parent_member_id, side)
                VALUES (?, ?, ?, ?)""",
                slots.stream()
                        .map(slot -> new Object[] {
                            slot.depth(),
                            new BigDecimal(slot.position()),
                            slot.parentId(),
                            slot.side().code()
                        })
                        .toList());
    }

    /** One statement: a UNION ALL of one index probe per level; the shallowest hit wins. */
    @Override
    public Optional<OpenSlot> firstOpenSlot(List<LevelRange> ranges) {
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        String sql = searchStatements.computeIfAbsent(
                ranges.size(), size -> String.join("\nUNION ALL\n", Collections.nCopies(size, RANGE_PROBE)));
        Object[] parameters = new Object[ranges.size() * 3];
        for (int index = 0; index < ranges.size(); index++) {
            LevelRange range = ranges.get(index);
            parameters[index * 3] = range.depth();
            parameters[index * 3 + 1] = new BigDecimal(range.fromInclusive());
            parameters[index * 3 + 2] = new BigDecimal(range.toExclusive());
        }
        return jdbc.query(sql, JdbcBinaryTreeRepository::slot, parameters).stream()
                .min(Comparator.comparingInt(OpenSlot::depth).thenComparing(OpenSlot::position));
    }

    @Override
    public boolean claim(OpenSlot slot) {
        return jdbc.update(
                        "DELETE FROM organization_binary_open_slots WHERE depth = ? AND level_position = ?",
                        slot.depth(),
                        new BigDecimal(slot.position()))
                == 1;
    }

    @Override
    public void recordSpillover(String sponsorId, String memberId, OpenSlot slot, Instant occurredAt) {
        jdbc.update(
                """
                INSERT INTO organization_spillovers (sponsor_member_id, member_id, parent_member_id, side, depth,
                    occurred_at) VALUES (?, ?, ?, ?, ?, ?)""", sponsorId, memberId, slot.parentId(), slot.side().code(), slot.depth(), SqlTimes.utc(occurredAt));
    }

    @Override
    public List<Spillover> spillovers(String sponsorId, long afterId, int limit) {
        return jdbc.query(
                """
                SELECT id, sponsor_member_id, member_id, parent_member_id, side, depth, occurred_at
                FROM organization_spillovers WHERE sponsor_member_id = ? AND id > ? ORDER BY id LIMIT ?""",
                (row, index) -> new Spillover(
                        row.getLong("id"),
                        row.getString("sponsor_member_id"),
                        row.getString("member_id"),
                        row.getString("parent_member_id"),
                        Side.fromCode(row.getString("side")),
                        row.getInt("depth"),
                        SqlTimes.instant(row, "occurred_at")),
                sponsorId,
                afterId,
                limit);
    }

    @Override
    public List<BinaryNode> children(Collection<String> parentIds) {
        List<BinaryNode> children = new ArrayList<>();
        for (List<String> slice : slices(parentIds.stream().sorted().toList())) {
            children.addAll(named.query(
                    "SELECT " + NODE_COLUMNS + " FROM organization_binary_nodes"
                            + " WHERE parent_member_id IN (:parents) ORDER BY parent_member_id, side",
                    Map.of("parents", slice),
                    JdbcBinaryTreeRepository::node));
        }
        return children;
    }

    /** One batch of updates whatever the number of nodes (the caller orders them by member id). */
    @Override
    public void addLegVolumes(List<LegVolumeDelta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        int[] updated = jdbc.batchUpdate(
                """
                UPDATE organization_binary_nodes SET left_leg_pv = left_leg_pv + ?, right_leg_pv = right_leg_pv + ?
                WHERE member_id = ?""",
                deltas.stream()
                        .map(delta -> new Object[] {delta.leftPv(), delta.rightPv(), delta.memberId()})
                        .toList());
        for (int index = 0; index < updated.length; index++) {
            if (updated[index] != 1) {
                throw new IllegalStateException(
                        "leg PV update found no node " + deltas.get(index).memberId());
            }
        }
    }

    private static <T> List<List<T>> slices(List<T> values) {
        List<List<T>> slices = new ArrayList<>();
        for (int start = 0; start < values.size(); start += IN_LIST_MAX) {
            slices.add(values.subList(start, Math.min(values.size(), start + IN_LIST_MAX)));
        }
        return slices;
    }

    private static OpenSlot slot(ResultSet row, int index) throws SQLException {
        return new OpenSlot(
                row.getInt("depth"),
                row.getBigDecimal("level_position").toBigIntegerExact(),
                row.getString("parent_member_id"),
                Side.fromCode(row.getString("side")));
    }

    private static BinaryNode node(ResultSet row, int index) throws SQLException {
        String side = row.getString("side");
        return new BinaryNode(
                row.getString("member_id"),
                row.getString("sponsor_member_id"),
                row.getString("parent_member_id"),
                side == null ? null : Side.fromCode(side),
                row.getInt("depth"),
                row.getBigDecimal("level_position").toBigIntegerExact(),
                row.getString("path"),
                row.getBigDecimal("left_leg_pv"),
                row.getBigDecimal("right_leg_pv"));
    }
}
