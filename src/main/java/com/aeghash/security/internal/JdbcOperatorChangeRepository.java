package com.aeghash.security.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChangeState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOperatorChangeRepository implements OperatorChangeRepository {

    private final JdbcClient jdbc;

    JdbcOperatorChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OperatorChange> insert(OperatorChange pending, String passwordHash) {
        KeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                INSERT INTO operator_changes
                    (kind, username, pending_for, roles, member_id, password_hash, state, maker, requested_at)
                VALUES (:kind, :username, :username, :roles, :memberId, :hash, :state, :maker, :requestedAt)
                ON CONFLICT DO NOTHING""")
                .param("kind", pending.kind().name())
                .param("username", pending.username())
                .param("roles", JdbcOperatorRepository.rolesText(pending.roles()))
                .param("memberId", pending.memberId())
                .param("hash", passwordHash)
                .param("state", pending.state().name())
                .param("maker", pending.maker())
                .param("requestedAt", SqlTimes.utc(pending.requestedAt()))
                .update(key, "id");
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(pending.withId(key.getKey().longValue()));
    }

    @Override
    public Optional<StoredChange> lock(long id) {
        return jdbc.sql("SELECT * FROM operator_changes WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((row, index) -> new StoredChange(changeOf(row), row.getString("password_hash")))
                .optional();
    }

    @Override
    public boolean decide(OperatorChange decided) {
        return jdbc.sql("""
                UPDATE operator_changes
                SET state = :state, checker = :checker, decided_at = :decidedAt, break_glass = :breakGlass,
                    pending_for = NULL, password_hash = NULL
                WHERE id = :id AND state = 'PENDING'""")
                        .param("state", decided.state().name())
                        .param("checker", decided.checker())
                        .param("decidedAt", SqlTimes.utc(decided.decidedAt()))
                        .param("breakGlass", decided.breakGlass())
                        .param("id", decided.id())
                        .update()
                == 1;
    }

    @Override
    public List<OperatorChange> pending() {
        return jdbc.sql("SELECT * FROM operator_changes WHERE state = 'PENDING' ORDER BY id")
                .query((row, index) -> changeOf(row))
                .list();
    }

    private static OperatorChange changeOf(ResultSet row) throws SQLException {
        return new OperatorChange(
                row.getLong("id"),
                OperatorChange.Kind.valueOf(row.getString("kind")),
                row.getString("username"),
                Set.copyOf(JdbcOperatorRepository.rolesOf(row.getString("roles"))),
                row.getString("member_id"),
                OperatorChangeState.valueOf(row.getString("state")),
                row.getString("maker"),
                SqlTimes.instant(row, "requested_at"),
                row.getString("checker"),
                SqlTimes.instant(row, "decided_at"),
                row.getBoolean("break_glass"));
    }
}
