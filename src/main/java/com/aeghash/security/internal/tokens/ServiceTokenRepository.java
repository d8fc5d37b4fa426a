package com.aeghash.security.internal.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored service tokens (table {@code service_tokens}, V87). */
interface ServiceTokenRepository {

    ServiceToken insert(NewServiceToken token);

    /** One indexed read: the token whose SHA-256 is {@code tokenHash}. */
    Optional<ServiceToken> findByHash(String tokenHash);

    Optional<ServiceToken> find(long id);

    /** Newest first, revoked ones too. */
    List<ServiceToken> list();

    /** Revokes the token unless it already is; whether this call revoked it. */
    boolean revoke(long id, String revokedBy, Instant revokedAt);

    /** Sets the last use to {@code usedAt} unless another instance wrote one after {@code writtenBefore}. */
    void touch(long id, Instant usedAt, Instant writtenBefore);
}
