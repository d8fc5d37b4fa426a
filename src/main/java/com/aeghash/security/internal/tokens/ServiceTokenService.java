package com.aeghash.security.internal.tokens;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, lists, revokes and checks service tokens. A check is one indexed read by the token's SHA-256, no cache: a
 * revocation counts at the next request on every instance. The last use is written at most once per
 * {@link #LAST_USE_RESOLUTION} per token and instance, by a conditional update (instances do not overwrite a newer
 * write), never once per request.
 */
@Service
public class ServiceTokenService {

    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ServiceTokenRepository tokens;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

    ServiceTokenService(ServiceTokenRepository tokens, AuditLog auditLog, Clock clock) {
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new token with the roles (only {@link Role#SERVICE_TOKEN_ROLES}), shown in the answer and never again. */
    @Transactional
    public IssuedServiceToken issue(String actor, String name, Set<Role> roles, Instant expiresAt) {
        Instant now = clock.instant();
        if (roles == null || roles.isEmpty()) {
            throw ApiException.validation("roles", "must name at least one role");
        }
        if (!Role.SERVICE_TOKEN_ROLES.containsAll(roles)) {
            throw ApiException.validation("roles", "a service token may carry only " + Role.SERVICE_TOKEN_ROLES);
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw ApiException.validation("expiresAt", "must be in the future");
        }
        String token = ServiceTokenSecrets.newToken();
        ServiceToken stored = tokens.insert(new NewServiceToken(
                ServiceTokenSecrets.prefixOf(token),
                ServiceTokenSecrets.hash(token),
                name,
                EnumSet.copyOf(roles),
                now,
                actor,
                expiresAt));
        auditLog.record(actor, "service_token.issued", stored.prefix(), detailsOf(stored));
        return new IssuedServiceToken(token, stored);
    }

    public List<ServiceToken> list() {
        return tokens.list();
    }

    /** Revokes at once; revoking a revoked token again changes nothing and answers it as it is. */
    @Transactional
    public ServiceToken revoke(String actor, long id) {
        ServiceToken token = tokens.find(id).orElseThrow(() -> ApiException.notFound("service token " + id));
        if (tokens.revoke(id, actor, clock.instant())) {
            auditLog.record(actor, "service_token.revoked", token.prefix(), detailsOf(token));
        }
        return tokens.find(id).orElseThrow();
    }

    /** The active token the bearer credential is, if any; notes its use. */
    public Optional<ServiceToken> authenticate(String bearer) {
        if (!ServiceTokenSecrets.wellFormed(bearer)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ServiceToken> found =
                tokens.findByHash(ServiceTokenSecrets.hash(bearer)).filter(token -> token.activeAt(now));
        found.ifPresent(token -> noteUse(token, now));
        return found;
    }

    private void noteUse(ServiceToken token, Instant now) {
        Instant due = now.minus(LAST_USE_RESOLUTION);
        Instant written = lastUseWritten.get(token.id());
        if (written != null && written.isAfter(due)) {
            return;
        }
        lastUseWritten.put(token.id(), now);
        tokens.touch(token.id(), now, due);
    }

    private static Map<String, String> detailsOf(ServiceToken token) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("name", token.name());
        details.put("roles", new TreeSet<>(token.roles()).toString());
        details.put("expiresAt", String.valueOf(token.expiresAt()));
        return details;
    }
}
