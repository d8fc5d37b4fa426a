package com.aeghash.security.internal.tokens;

import com.aeghash.common.SqlTimes;
import com.aeghash.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** {@link ServiceTokenRepository} on the table {@code service_tokens} (V87). */
@Repository
class JdbcServiceTokenRepository implements ServiceTokenRepository {

    private static final String COLUMNS =
            "id, prefix, name, roles, created_at, created_by, expires_at, revoked_at, revoked_by, last_used_at";

    private final JdbcClient jdbc;

    JdbcServiceTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ServiceToken insert(NewServiceToken token) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO service_tokens (prefix, token_hash, name, roles, created_at, created_by, expires_at)"
                        + " VALUES (:prefix, :hash, :name, :roles, :createdAt, :createdBy, :expiresAt)")
                .param("prefix", token.prefix())
                .param("hash", token.tokenHash())
                .param("name", token.name())
                .param("roles", token.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("createdAt", SqlTimes.utc(token.createdAt()))
                .param("createdBy", token.createdBy())
                .param("expiresAt", SqlTimes.utc(token.expiresAt()))
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    public Optional<ServiceToken> findByHash(String tokenHash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_tokens WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query(JdbcServiceTokenRepository::row)
                .optional();
    }

    @Override
    public Optional<ServiceToken> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_tokens WHERE id = :id")
                .param("id", id)
                .query(JdbcServiceTokenRepository::row)
                .optional();
    }

    @Override
    public List<ServiceToken> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_tokens ORDER BY id DESC")
                .query(JdbcServiceTokenRepository::row)
                .list();
    }

    @Override
    public boolean revoke(long id, String revokedBy, Instant revokedAt) {
        return jdbc.sql("UPDATE service_tokens SET revoked_at = :at, revoked_by = :by"
                                + " WHERE id = :id AND revoked_at IS NULL")
                        .param("at", SqlTimes.utc(revokedAt))
                        .param("by", revokedBy)
                        .param("id", id)
                        .update()
                == 1;
    }

    @Override
    public void touch(long id, Instant usedAt, Instant writtenBefore) {
        jdbc.sql("UPDATE service_tokens SET last_used_at = :usedAt"
                        + " WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :before)")
                .param("usedAt", SqlTimes.utc(usedAt))
                .param("id", id)
                .param("before", SqlTimes.utc(writtenBefore))
                .update();
    }

    private static ServiceToken row(ResultSet row, int number) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(row.getString("roles").split(",")).map(Role::valueOf).forEach(roles::add);
        return new ServiceToken(
                row.getLong("id"),
                row.getString("prefix"),
                row.getString("name"),
                roles,
                SqlTimes.instant(row, "created_at"),
                row.getString("created_by"),
                SqlTimes.instant(row, "expires_at"),
                SqlTimes.instant(row, "revoked_at"),
                row.getString("revoked_by"),
                SqlTimes.instant(row, "last_used_at"));
    }
}
