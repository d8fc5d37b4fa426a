package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.aeghash.common.Secret;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A first administrator's password against the rules stops start-up with one readable paragraph. */
class AdminPasswordFailureAnalyzerTest {

    @Test
    void explainsTheRuleAndWhatToDoWithoutTheStackTrace() {
        InMemoryOperatorServices services = new InMemoryOperatorServices(Clock.systemUTC(), false, false);
        Throwable refused = catchThrowable(() -> services.accounts.bootstrapAdmin("admin", Secret.of("short")));
        BeanCreationException startUp = new BeanCreationException("adminBootstrap", "init failed", refused);

        FailureAnalysis analysis = new AdminPasswordFailureAnalyzer().analyze(startUp);

        assertThat(refused).isInstanceOf(AdminPasswordException.class);
        assertThat(analysis.getDescription())
                .contains("AEGHASH_ADMIN_PASSWORD must be at least 12 characters")
                .doesNotContain("short");
        assertThat(analysis.getAction()).contains("Set AEGHASH_ADMIN_PASSWORD", "docs/operations.md");
    }
}
