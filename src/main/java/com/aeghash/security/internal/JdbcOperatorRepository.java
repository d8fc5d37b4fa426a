package com.aeghash.security.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.security.Operator;
import com.aeghash.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOperatorRepository implements OperatorRepository {

    private final JdbcClient jdbc;

    JdbcOperatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Operator operator, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO operators (username, password_hash, roles, enabled, created_at, created_by, member_id)
                VALUES (:username, :hash, :roles, :enabled, :createdAt, :createdBy, :memberId)
                ON CONFLICT DO NOTHING""")
                        .param("username", operator.username())
                        .param("hash", passwordHash)
                        .param("roles", rolesText(operator.roles()))
                        .param("enabled", operator.enabled())
                        .param("createdAt", SqlTimes.utc(operator.createdAt()))
                        .param("createdBy", operator.createdBy())
                        .param("memberId", operator.memberId())
                        .update()
                == 1;
    }

    @Override
    public Optional<StoredOperator> find(String username) {
        return jdbc.sql("SELECT * FROM operators WHERE username = :username")
                .param("username", username)
                .query((row, index) -> new StoredOperator(operatorOf(row), row.getString("password_hash")))
                .optional();
    }

    @Override
    public List<Operator> findAll() {
        return jdbc.sql("SELECT * FROM operators ORDER BY username")
                .query((row, index) -> operatorOf(row))
                .list();
    }

    @Override
    public boolean delete(String username) {
        return jdbc.sql("DELETE FROM operators WHERE username = :username")
                        .param("username", username)
                        .update()
                == 1;
    }

    @Override
    public long countEnabledAdmins() {
        return jdbc
                .sql("SELECT roles FROM operators WHERE enabled = TRUE")
                .query((row, index) -> rolesOf(row.getString("roles")))
                .list()
                .stream()
                .filter(roles -> roles.contains(Role.ADMIN))
                .count();
    }

    @Override
    public void lockEnabled() {
        jdbc.sql("SELECT username FROM operators WHERE enabled = TRUE ORDER BY username FOR UPDATE")
                .query(String.class)
                .list();
    }

    @Override
    public boolean updateRoles(String username, Set<Role> roles) {
        return set(username, "roles", rolesText(roles));
    }

    @Override
    public boolean updateEnabled(String username, boolean enabled) {
        return set(username, "enabled", enabled);
    }

    @Override
    public boolean updatePasswordHash(String username, String passwordHash) {
        return set(username, "password_hash", passwordHash);
    }

    @Override
    public boolean updateMemberId(String username, String memberId) {
        return set(username, "member_id", memberId);
    }

    /** {@code column} is one of this class's constants, never a caller's text. */
    private boolean set(String username, String column, Object value) {
        return jdbc.sql("UPDATE operators SET " + column + " = :value WHERE username = :username")
                        .param("value", value)
                        .param("username", username)
                        .update()
                == 1;
    }

    static String rolesText(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static List<Role> rolesOf(String roles) {
        if (roles == null) {
            return List.of();
        }
        return Arrays.stream(roles.split(","))
                .filter(role -> !role.isBlank())
                .map(Role::valueOf)
                .toList();
    }

    private static Operator operatorOf(ResultSet row) throws SQLException {
        return new Operator(
                row.getString("username"),
                Set.copyOf(rolesOf(row.getString("roles"))),
                row.getBoolean("enabled"),
                SqlTimes.instant(row, "created_at"),
                row.getString("created_by"),
                row.getString("member_id"));
    }
}
