package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.audit.AuditEntry;
import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.notification.AlertSeverity;
import com.aeghash.security.Operator;
import com.aeghash.security.OperatorChange;
import com.aeghash.security.OperatorChangeState;
import com.aeghash.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The rules of operator changes without a server: break-glass, the last administrator, what is published. */
class OperatorChangesTest {

    private static final Secret PASSWORD = Secret.of("a-long-enough-passphrase");
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutBreakGlassTheOnlyAdministratorCannotConfirmTheirOwnChange() {
        InMemoryOperatorServices services = withRoot(false);
        OperatorChange asked = services.accounts.create("root", "admin2", PASSWORD, Set.of(Role.ADMIN), null);

        assertThatThrownBy(() -> services.changes.confirm("ROOT", asked.id())).satisfies(refused("same_operator"));
        assertThat(services.operators.find("admin2")).isEmpty();
        assertThat(services.changes.pending()).containsExactly(asked);
    }

    @Test
    void breakGlassLetsTheOnlyAdministratorConfirmTheirOwnChangeAuditedAndAlerted() {
        InMemoryOperatorServices services = withRoot(true);
        OperatorChange asked = services.accounts.create("root", "admin2", PASSWORD, Set.of(Role.ADMIN), null);

        OperatorChange confirmed = services.changes.confirm("root", asked.id());

        assertThat(confirmed.breakGlass()).isTrue();
        assertThat(confirmed.state()).isEqualTo(OperatorChangeState.CONFIRMED);
        assertThat(services.operators.find("admin2")).isPresent();
        assertThat(services.alerts.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
            assertThat(alert.fields()).containsEntry("username", "admin2").containsEntry("administrator", "root");
        });
        assertThat(services.auditLog.recent("operator.change.confirmed", 10))
                .singleElement()
                .extracting(AuditEntry::details)
                .satisfies(details -> assertThat(details).containsEntry("breakGlass", "true"));
    }

    @Test
    void breakGlassEndsWithTheSecondAdministrator() {
        InMemoryOperatorServices services = withRoot(true);
        services.changes.confirm(
                "root",
                services.accounts
                        .create("root", "admin2", PASSWORD, Set.of(Role.ADMIN), null)
                        .id());
        OperatorChange next = services.accounts.create("root", "ops1", PASSWORD, Set.of(Role.OPERATIONS), null);

        assertThatThrownBy(() -> services.changes.confirm("root", next.id())).satisfies(refused("same_operator"));
        assertThat(services.changes.confirm("admin2", next.id()).breakGlass()).isFalse();
        assertThat(services.alerts.alerts()).hasSize(1);
    }

    @Test
    void theLastEnabledAdministratorKeepsTheRoleAndStaysEnabled() {
        InMemoryOperatorServices services = withRoot(false);
        services.operators.insert(new Operator("admin2", Set.of(Role.ADMIN), false, clock.instant(), "root"), "h");

        assertThatThrownBy(() -> services.accounts.changeRoles("admin2", "root", Set.of(Role.FINANCE)))
                .satisfies(refused("last_administrator"));
        assertThatThrownBy(() -> services.accounts.disable("admin2", "root")).satisfies(refused("last_administrator"));
        assertThatThrownBy(() -> services.accounts.disable("root", "root")).satisfies(refused("conflict"));
        assertThat(services.operators.countEnabledAdmins()).isEqualTo(1);
        assertThat(services.events).isEmpty();
    }

    @Test
    void aDemotionConfirmedAfterTheOtherAdministratorWasDisabledIsRefused() {
        InMemoryOperatorServices services = withRoot(false);
        services.operators.insert(new Operator("admin2", Set.of(Role.ADMIN), true, clock.instant(), "root"), "h");
        OperatorChange demotion = services.accounts.changeRoles("admin2", "root", Set.of(Role.FINANCE));
        services.accounts.disable("root", "admin2");

        assertThatThrownBy(() -> services.changes.confirm("root", demotion.id()))
                .satisfies(refused("last_administrator"));
        assertThat(services.operators.find("root").orElseThrow().operator().roles())
                .containsExactly(Role.ADMIN);
    }

    @Test
    void everyLossOfAccessIsPublishedInItsTransaction() {
        InMemoryOperatorServices services = withRoot(false);
        services.operators.insert(new Operator("admin2", Set.of(Role.ADMIN), true, clock.instant(), "root"), "h");
        services.operators.insert(new Operator("fin1", Set.of(Role.FINANCE), true, clock.instant(), "root"), "h");
        services.operators.insert(new Operator("ops1", Set.of(Role.OPERATIONS), true, clock.instant(), "root"), "h");
        services.changes.confirm(
                "admin2",
                services.accounts
                        .changeRoles("root", "fin1", Set.of(Role.OPERATIONS))
                        .id());
        services.accounts.disable("root", "ops1");
        services.accounts.delete("root", "fin1");
        services.operators.updatePasswordHash("admin2", new BCryptPasswordEncoder(4).encode(PASSWORD.reveal()));
        services.accounts.changeOwnPassword("admin2", PASSWORD, Secret.of("another-long-passphrase"));

        assertThat(services.events)
                .containsExactly(
                        new OperatorAccessChanged("fin1", "roles"),
                        new OperatorAccessChanged("ops1", "disabled"),
                        new OperatorAccessChanged("fin1", "deleted"),
                        new OperatorAccessChanged("admin2", "password"));
    }

    @Test
    void theSandboxSwitchConfirmsForTheMakerAtOnce() {
        InMemoryOperatorServices services = new InMemoryOperatorServices(clock, true, false);
        services.accounts.bootstrapAdmin("root", PASSWORD);

        OperatorChange created = services.accounts.create("root", "ops1", PASSWORD, Set.of(Role.OPERATIONS), "m-1");

        assertThat(created.state()).isEqualTo(OperatorChangeState.CONFIRMED);
        assertThat(created.checker()).isEqualTo("root");
        assertThat(services.accounts.memberIdOf("ops1")).contains("m-1");
        assertThat(services.auditLog.recent("operator.change.confirmed", 10))
                .singleElement()
                .satisfies(entry -> assertThat(entry.details()).containsEntry("sandboxSwitch", "true"));
        assertThat(services.alerts.alerts()).isEmpty();
    }

    private InMemoryOperatorServices withRoot(boolean breakGlass) {
        InMemoryOperatorServices services = new InMemoryOperatorServices(clock, false, breakGlass);
        assertThat(services.accounts.bootstrapAdmin("root", PASSWORD)).isTrue();
        return services;
    }

    private static ThrowingConsumer<Throwable> refused(String code) {
        return thrown -> assertThat(thrown)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
