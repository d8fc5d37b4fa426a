package com.aeghash.sandbox.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says loudly, once the service is ready, that the sandbox is on and what it opens: a framed block of WARN lines
 * (one log event per line, so each is found by level and logger) that nobody reading a start-up log can miss. The
 * demo partner is the partner module's, read here by its variable names only (the sandbox depends on no module).
 * The database is named by its hosts, never its URL (which may carry a password).
 */
@Component
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class SandboxBanner {

    private static final Logger log = LoggerFactory.getLogger(SandboxBanner.class);
    private static final String FRAME = "*".repeat(100);

    private final Environment environment;
    private final ThisServer server;

    SandboxBanner(Environment environment, ThisServer server) {
        this.environment = environment;
        this.server = server;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        lines().forEach(line -> log.warn("{}", line));
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(FRAME);
        lines.add("* SANDBOX IS ON: simulated vendors, play money, development secrets. Never for real members.");
        lines.add("* Open to callers on this machine only (127.0.0.0/8, ::1, not relayed by a proxy):");
        lines.add("*   - simulated MBlock  POST /sandbox/mblock/bsc  (its API key is in application-sandbox.yml)");
        lines.add("*   - simulated HashDam POST /sandbox/hashdam/v1");
        lines.add("*   - fault plans /sandbox/faults and the faucet /sandbox/mblock/faucet (ADMIN)");
        demoPartnerLine().ifPresent(lines::add);
        lines.add("* MBlock transit callbacks go only to this server (port " + server.port()
                + ", /api/v1/callbacks/mblock/transit)");
        lines.add("* Database: " + databaseLine());
        lines.add("* For real money: SPRING_PROFILES_ACTIVE=prod (docs/operations.md), which refuses the sandbox.");
        lines.add(FRAME);
        return lines;
    }

    private Optional<String> demoPartnerLine() {
        String key = environment.getProperty("AEGMALL_DEMO_KEY");
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String allowed = environment.getProperty("AEGMALL_DEMO_ALLOWED_IPS", "");
        String where = "local".equalsIgnoreCase(allowed.trim())
                ? ""
                : " -- NOT local only: AEGMALL_DEMO_ALLOWED_IPS allows "
                        + (allowed.isBlank() ? "any address" : allowed);
        return Optional.of(
                "*   - partner demo, key " + key.trim() + ", whose secret is published in the README" + where);
    }

    private String databaseLine() {
        List<String> remote = SandboxDatabaseCheck.remoteHosts(environment.getProperty("spring.datasource.url", ""));
        return remote.isEmpty()
                ? "on this machine"
                : "ON ANOTHER MACHINE (" + String.join(", ", remote) + "), allowed by "
                        + SandboxDatabaseCheck.ALLOW_VARIABLE;
    }
}
