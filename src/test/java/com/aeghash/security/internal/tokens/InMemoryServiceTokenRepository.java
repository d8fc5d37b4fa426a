package com.aeghash.security.internal.tokens;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Service tokens in memory, for unit tests (hashes kept beside the tokens, as the table keeps them). */
class InMemoryServiceTokenRepository implements ServiceTokenRepository {

    private final List<ServiceToken> tokens = new ArrayList<>();
    private final List<String> hashes = new ArrayList<>();

    @Override
    public synchronized ServiceToken insert(NewServiceToken token) {
        ServiceToken stored = new ServiceToken(
                tokens.size() + 1L,
                token.prefix(),
                token.name(),
                EnumSet.copyOf(token.roles()),
                token.createdAt(),
                token.createdBy(),
                token.expiresAt(),
                null,
                null,
                null);
        tokens.add(stored);
        hashes.add(token.tokenHash());
        return stored;
    }

    @Override
    public synchronized Optional<ServiceToken> findByHash(String tokenHash) {
        int index = hashes.indexOf(tokenHash);
        return index < 0 ? Optional.empty() : Optional.of(tokens.get(index));
    }

    @Override
    public synchronized Optional<ServiceToken> find(long id) {
        return id < 1 || id > tokens.size() ? Optional.empty() : Optional.of(tokens.get((int) id - 1));
    }

    @Override
    public synchronized List<ServiceToken> list() {
        return tokens.stream()
                .sorted(Comparator.comparingLong(ServiceToken::id).reversed())
                .toList();
    }

    @Override
    public synchronized boolean revoke(long id, String revokedBy, Instant revokedAt) {
        ServiceToken token = find(id).orElse(null);
        if (token == null || token.revokedAt() != null) {
            return false;
        }
        replace(copy(token, revokedAt, revokedBy, token.lastUsedAt()));
        return true;
    }

    @Override
    public synchronized void touch(long id, Instant usedAt, Instant writtenBefore) {
        find(id).filter(token ->
                        token.lastUsedAt() == null || token.lastUsedAt().isBefore(writtenBefore))
                .ifPresent(token -> replace(copy(token, token.revokedAt(), token.revokedBy(), usedAt)));
    }

    private static ServiceToken copy(ServiceToken token, Instant revokedAt, String revokedBy, Instant lastUsedAt) {
        return new ServiceToken(
                token.id(),
                token.prefix(),
                token.name(),
                token.roles(),
                token.createdAt(),
                token.createdBy(),
                token.expiresAt(),
                revokedAt,
                revokedBy,
                lastUsedAt);
    }

    private void replace(ServiceToken token) {
        tokens.set((int) token.id() - 1, token);
    }
}
