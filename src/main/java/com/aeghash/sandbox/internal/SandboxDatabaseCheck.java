package com.aeghash.sandbox.internal;

import com.aeghash.common.web.LocalCallers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the sandbox on a database on another machine, before any connection is opened: the sandbox
 * (simulated vendors, the demo partner with its published secret, generated development secrets) is for trials on
 * one machine, and a shared database (the README's PostgreSQL set-up pointed at a real server, a copied production
 * {@code DATABASE_URL}) would mix its play money and open doors with real data. Local means an embedded H2 (file or
 * memory), or a server URL whose every host is {@code localhost}, 127.0.0.0/8 or ::1; anything else, an unknown URL
 * form included, is remote. {@code AEGHASH_SANDBOX_ALLOW_REMOTE_DATABASE=true} (or
 * {@code aeghash.sandbox.allow-remote-database=true}) allows it on purpose.
 *
 * <p>The message names the hosts, never the URL (it may carry a password).
 */
class SandboxDatabaseCheck implements EnvironmentPostProcessor, Ordered {

    /** After the config files, the {@code .env} import and the environment are loaded (as the prod check). */
    private static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    static final String ALLOW_VARIABLE = "AEGHASH_SANDBOX_ALLOW_REMOTE_DATABASE";
    static final String ALLOW_PROPERTY = "aeghash.sandbox.allow-remote-database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String problem = problemOf(environment);
        if (problem != null) {
            throw new SandboxConfigurationException(problem);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Why this environment may not start the sandbox; null when it may (or the sandbox is off). */
    static String problemOf(ConfigurableEnvironment environment) {
        if (!environment.getProperty("aeghash.sandbox.enabled", Boolean.class, false) || remoteAllowed(environment)) {
            return null;
        }
        List<String> remoteHosts = remoteHosts(environment.getProperty("spring.datasource.url", ""));
        if (remoteHosts.isEmpty()) {
            return null;
        }
        return "DATABASE_URL (spring.datasource.url) points at a database that is not on this machine (host "
                + String.join(", ", remoteHosts) + "): the sandbox runs vendor simulators and a demo partner whose "
                + "secret is published, for local trials only. Use a local database (H2, or PostgreSQL on "
                + "localhost), or set " + ALLOW_VARIABLE + "=true if this database is meant for the sandbox";
    }

    private static boolean remoteAllowed(ConfigurableEnvironment environment) {
        return "true"
                        .equalsIgnoreCase(
                                environment.getProperty(ALLOW_PROPERTY, "").trim())
                || "true"
                        .equalsIgnoreCase(
                                environment.getProperty(ALLOW_VARIABLE, "").trim());
    }

    /** The hosts of a JDBC URL that are not this machine; {@code [unknown]} for a URL this check cannot read. */
    static List<String> remoteHosts(String jdbcUrl) {
        String url = jdbcUrl.trim();
        if (url.isEmpty()) {
            return List.of(); // Spring Boot's embedded database
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            String rest = url.substring("jdbc:h2:".length());
            boolean server = lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:");
            return server ? nonLocal(authority(rest.substring(4))) : List.of(); // mem:, file: or a path: embedded
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            String rest = url.substring("jdbc:postgresql:".length());
            return rest.startsWith("//") ? nonLocal(authority(rest)) : List.of(); // jdbc:postgresql:db is localhost
        }
        return List.of("[unknown]");
    }

    /** The hosts of {@code //host[:port][,host[:port]...]/...}. */
    private static List<String> authority(String slashSlashRest) {
        if (!slashSlashRest.startsWith("//")) {
            return List.of("[unknown]");
        }
        String afterSlashes = slashSlashRest.substring(2);
        int end = afterSlashes.length();
        for (char stop : new char[] {'/', '?', ';'}) {
            int index = afterSlashes.indexOf(stop);
            if (index >= 0 && index < end) {
                end = index;
            }
        }
        List<String> hosts = new ArrayList<>();
        for (String hostAndPort : afterSlashes.substring(0, end).split(",")) {
            hosts.add(hostOf(hostAndPort.trim()));
        }
        return hosts;
    }

    private static String hostOf(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            return close > 0 ? hostAndPort.substring(1, close) : hostAndPort;
        }
        int colon = hostAndPort.indexOf(':');
        return colon >= 0 ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    private static List<String> nonLocal(List<String> hosts) {
        return hosts.stream()
                .filter(host -> !"localhost".equalsIgnoreCase(host) && !LocalCallers.isLoopback(host))
                .map(host -> host.isEmpty() ? "[none]" : host)
                .toList();
    }
}
