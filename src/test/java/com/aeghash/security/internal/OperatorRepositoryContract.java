package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.security.Operator;
import com.aeghash.security.Role;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OperatorRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class OperatorRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private OperatorRepository repository;

    abstract OperatorRepository createRepository();

    @BeforeEach
    void setUp() {
        repository = createRepository();
    }

    @Test
    void insertFindAndListRoundTrip() {
        Operator operator = new Operator("ops1", Set.of(Role.OPERATIONS, Role.FINANCE), true, NOW, "admin");

        assertThat(repository.insert(operator, "$2a$10$hash")).isTrue();
        assertThat(repository.insert(operator, "$2a$10$other")).isFalse();

        var stored = repository.find("ops1").orElseThrow();
        assertThat(stored.operator()).isEqualTo(operator);
        assertThat(stored.passwordHash()).isEqualTo("$2a$10$hash");
        assertThat(repository.findAll()).containsExactly(operator);
        assertThat(repository.find("nobody")).isEmpty();
    }

    @Test
    void countsOnlyEnabledAdministratorsAndDeletes() {
        repository.insert(new Operator("root", Set.of(Role.ADMIN), true, NOW, "bootstrap"), "h");
        repository.insert(new Operator("off", Set.of(Role.ADMIN), false, NOW, "root"), "h");
        repository.insert(new Operator("fin", Set.of(Role.FINANCE), true, NOW, "root"), "h");

        assertThat(repository.countEnabledAdmins()).isEqualTo(1);
        assertThat(repository.delete("root")).isTrue();
        assertThat(repository.delete("root")).isFalse();
        assertThat(repository.countEnabledAdmins()).isZero();
    }

    @Test
    void rolesEnabledPasswordAndMemberLinkAreUpdatedOnlyForKnownOperators() {
        repository.insert(new Operator("fin", Set.of(Role.FINANCE), true, NOW, "root", "m-7"), "h1");

        assertThat(repository.updateRoles("fin", Set.of(Role.OPERATIONS, Role.ADMIN)))
                .isTrue();
        assertThat(repository.updateEnabled("fin", false)).isTrue();
        assertThat(repository.updatePasswordHash("fin", "h2")).isTrue();
        assertThat(repository.updateMemberId("fin", null)).isTrue();
        assertThat(repository.updateRoles("nobody", Set.of(Role.ADMIN))).isFalse();
        repository.lockEnabled();

        var stored = repository.find("fin").orElseThrow();
        assertThat(stored.operator())
                .isEqualTo(new Operator("fin", Set.of(Role.OPERATIONS, Role.ADMIN), false, NOW, "root", null));
        assertThat(stored.passwordHash()).isEqualTo("h2");
        assertThat(repository.countEnabledAdmins()).isZero();
    }
}
