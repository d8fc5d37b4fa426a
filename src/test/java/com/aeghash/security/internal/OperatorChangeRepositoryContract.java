package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChangeState;
import com.aeghash.security.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OperatorChangeRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class OperatorChangeRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private OperatorChangeRepository repository;

    abstract OperatorChangeRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void onePendingChangePerOperatorUntilItIsDecided() {
        OperatorChange create =
                OperatorChange.pending(OperatorChange.Kind.CREATE, "ops1", Set.of(Role.FINANCE), "m-1", "admin", NOW);

        OperatorChange stored = repository.insert(create, "$2a$04$hash").orElseThrow();
        var second = repository.insert(create, "$2a$04$other");
        var locked = repository.lock(stored.id()).orElseThrow();

        assertThat(second).isEmpty();
        assertThat(locked.change()).isEqualTo(stored);
        assertThat(locked.passwordHash()).isEqualTo("$2a$04$hash");
        assertThat(repository.pending()).containsExactly(stored);

        OperatorChange confirmed = stored.decided(OperatorChangeState.CONFIRMED, "admin2", NOW.plusSeconds(60), false);
        assertThat(repository.decide(confirmed)).isTrue();
        assertThat(repository.decide(confirmed)).as("decided once").isFalse();
        assertThat(repository.lock(stored.id()).orElseThrow())
                .isEqualTo(new OperatorChangeRepository.StoredChange(confirmed, null));
        assertThat(repository.pending()).isEmpty();
        assertThat(repository.insert(create, "$2a$04$again"))
                .as("free again once decided")
                .isPresent();
    }

    @Test
    void aBreakGlassRejectionOrAnUnlinkIsStoredAsDecided() {
        OperatorChange unlink = repository
                .insert(OperatorChange.pending(OperatorChange.Kind.MEMBER, "fin1", Set.of(), null, "root", NOW), null)
                .orElseThrow();
        OperatorChange confirmed = unlink.decided(OperatorChangeState.CONFIRMED, "root", NOW, true);

        assertThat(repository.decide(confirmed)).isTrue();
        assertThat(repository.lock(unlink.id()).orElseThrow().change()).isEqualTo(confirmed);
        assertThat(repository.lock(unlink.id() + 1000)).isEmpty();
    }
}
