package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The password rules for operators, including the first administrator's. */
class OperatorPasswordPolicyTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T00:00:00Z"), ZoneOffset.UTC);
    /** With the sandbox switch: these tests are about passwords, not about who confirms a new operator. */
    private final InMemoryOperatorServices services = new InMemoryOperatorServices(clock, true, false);

    private final InMemoryOperatorRepository repository = services.operators;
    private final OperatorAccountsService accounts = services.accounts;

    @Test
    void aPasswordLongerThan72Utf8BytesIsAValidationErrorNotAServerError() {
        String fortyNonAscii = "é".repeat(40);
        assertThat(fortyNonAscii.getBytes(StandardCharsets.UTF_8)).hasSize(80);

        assertThatThrownBy(
                        () -> accounts.create("admin", "clerk", Secret.of(fortyNonAscii), Set.of(Role.FINANCE), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("72 bytes");
                });
        assertThat(repository.find("clerk")).isEmpty();
    }

    @Test
    void exactly72BytesIsAccepted() {
        String seventyTwo = "correct-horse-" + "x".repeat(58);
        assertThat(seventyTwo.getBytes(StandardCharsets.UTF_8)).hasSize(72);

        accounts.create("admin", "clerk", Secret.of(seventyTwo), Set.of(Role.FINANCE), null);

        assertThat(repository.find("clerk")).isPresent();
    }

    @Test
    void passwordsThatContainTheUsernameOrRepeatOneCharacterAreRefused() {
        assertThatThrownBy(() ->
                        accounts.create("admin", "clerk", Secret.of("my-CLERK-password"), Set.of(Role.FINANCE), null))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("user name");
        assertThatThrownBy(() ->
                        accounts.create("admin", "clerk", Secret.of("aaaaaaaaaaaaaaa"), Set.of(Role.FINANCE), null))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("different characters");
    }

    @Test
    void theFirstAdministratorsPasswordFollowsTheSameRules() {
        assertThatThrownBy(() -> accounts.bootstrapAdmin("admin", Secret.of("admin-admin-admin")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AEGHASH_ADMIN_PASSWORD");
        assertThatThrownBy(() -> accounts.bootstrapAdmin("admin", Secret.of("short")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AEGHASH_ADMIN_PASSWORD");
        assertThat(repository.countEnabledAdmins()).isZero();

        assertThat(accounts.bootstrapAdmin("admin", Secret.of("a-long-enough-passphrase")))
                .isTrue();
    }
}
