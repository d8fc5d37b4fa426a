package com.aeghash.security.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.security.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ServiceTokenRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class ServiceTokenRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private ServiceTokenRepository repository;

    abstract ServiceTokenRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void aTokenIsFoundByItsHashOnlyAndListedNewestFirst() {
        ServiceToken first = repository.insert(new NewServiceToken(
                "aeg_st_aaaaaaaaaa", "a".repeat(64), "app", Set.of(Role.MEMBER_APP), NOW, "admin", null));
        ServiceToken second = repository.insert(new NewServiceToken(
                "aeg_st_bbbbbbbbbb",
                "b".repeat(64),
                "monitor",
                Set.of(Role.MONITORING, Role.MEMBER_APP),
                NOW,
                "admin",
                NOW.plusSeconds(60)));

        assertThat(repository.findByHash("a".repeat(64))).contains(first);
        assertThat(repository.findByHash("c".repeat(64))).isEmpty();
        assertThat(repository.find(second.id())).contains(second);
        assertThat(second.roles()).containsExactlyInAnyOrder(Role.MONITORING, Role.MEMBER_APP);
        assertThat(second.expiresAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(repository.list()).containsExactly(second, first);
    }

    @Test
    void aTokenIsRevokedOnceAndThenInactive() {
        ServiceToken token = repository.insert(new NewServiceToken(
                "aeg_st_cccccccccc", "c".repeat(64), "app", Set.of(Role.MEMBER_APP), NOW, "admin", null));

        assertThat(repository.revoke(token.id(), "root", NOW.plusSeconds(5))).isTrue();
        assertThat(repository.revoke(token.id(), "other", NOW.plusSeconds(9))).isFalse();

        ServiceToken revoked = repository.find(token.id()).orElseThrow();
        assertThat(revoked.revokedBy()).isEqualTo("root");
        assertThat(revoked.revokedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(revoked.activeAt(NOW.plusSeconds(6))).isFalse();
        assertThat(token.activeAt(NOW.plusSeconds(6))).isTrue();
    }

    @Test
    void theLastUseIsWrittenOnlyOverAnOlderOne() {
        ServiceToken token = repository.insert(new NewServiceToken(
                "aeg_st_dddddddddd", "d".repeat(64), "app", Set.of(Role.MEMBER_APP), NOW, "admin", null));

        repository.touch(token.id(), NOW.plusSeconds(100), NOW.plusSeconds(40));
        repository.touch(token.id(), NOW.plusSeconds(110), NOW.plusSeconds(50));
        assertThat(repository.find(token.id()).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(100));

        repository.touch(token.id(), NOW.plusSeconds(200), NOW.plusSeconds(140));
        assertThat(repository.find(token.id()).orElseThrow().lastUsedAt()).isEqualTo(NOW.plusSeconds(200));
    }
}
