package com.aeghash.config.internal;

import com.aeghash.common.Secret;
import com.aeghash.config.SecretEncryptor;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile with an unsafe configuration, before any bean (data source,
 * vendor client) is created. All problems are collected and reported in one error; values are never
 * printed, only the variable names and what is wrong with them.
 */
class ProductionReadinessCheck implements EnvironmentPostProcessor, Ordered {

    /** After the config files and the environment are loaded, so placeholders can be resolved. */
    private static final int ORDER = Ordered.LOWEST_PRECEDENCE - 10;

    private static final Pattern API_KEY_SHAPE = Pattern.compile("^[A-Za-z0-9._~+/=-]{16,512}$");
    private static final Pattern CONTRACT_SHAPE = Pattern.compile("^0x[0-9a-fA-F]{40}$");
    private static final List<String> ROTATION_DATES =
            List.of("MBLOCK_API_KEY_ROTATED_AT", "HASHDAM_API_KEY_ROTATED_AT", "MBLOCK_TREASURY_WALLET_KEY_ROTATED_AT");
    static final String POINT_PAYOUTS_PROPERTY = "aeghash.withdrawal.point-payouts-enabled";
    static final String POINT_PAYOUTS_VARIABLE = "AEGHASH_WITHDRAWAL_POINT_PAYOUTS_ENABLED";
    static final String SINGLE_ADMIN_PROPERTY = "aeghash.security.single-admin-operator-changes";
    static final String SINGLE_ADMIN_VARIABLE = "AEGHASH_SECURITY_SINGLE_ADMIN_OPERATOR_CHANGES";
    static final String TRANSIT_CALLBACK_PROPERTY = "aeghash.mblock.transit-callback-url";
    static final String TRANSIT_CALLBACK_VARIABLE = "MBLOCK_TRANSIT_CALLBACK_URL";
    static final String MEMBER_TOKEN_KEY_PROPERTY = "aeghash.security.member-token.public-key";
    static final String MEMBER_TOKEN_ISSUER_PROPERTY = "aeghash.security.member-token.issuer";
    /** A part of the sandbox member app's public key (application-sandbox.yml), found in any PEM layout. */
    static final String SANDBOX_MEMBER_TOKEN_KEY_PART = "jWDuWAOinKIXqFc5g5xVEA7dh+kO6ralBMa0jVcqxcbHC5ECDWKQ0";

    static final String SANDBOX_MEMBER_TOKEN_ISSUER = "sandbox-member-app";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> problems = problemsOf(environment);
        if (!problems.isEmpty()) {
            throw new ProductionConfigurationException(problems);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Every reason the environment is not fit for production; empty when it is. */
    static List<String> problemsOf(ConfigurableEnvironment environment) {
        List<String> problems = new ArrayList<>();
        checkDatabase(environment, problems);
        checkApiKey(environment, "MBLOCK_API_KEY", problems);
        checkApiKey(environment, "HASHDAM_API_KEY", problems);
        checkHttpsUrl(environment, "MBLOCK_API_BASE_URL", true, problems);
        checkHttpsUrl(environment, "HASHDAM_API_BASE_URL", false, problems);
        checkHttpsUrl(environment, "ALERT_WEBHOOK_URL", true, problems);
        checkTransitCallbackUrl(environment, problems);
        checkEncryptionKey(environment, "AEGHASH_ENCRYPTION_KEY", true, problems);
        checkEncryptionKey(environment, "AEGHASH_ENCRYPTION_KEY_PREVIOUS", false, problems);
        checkPointPayouts(environment, problems);
        checkWebSettings(environment, problems);
        checkOperatorChanges(environment, problems);
        checkMemberTokens(environment, problems);
        ROTATION_DATES.forEach(name -> checkDate(environment, name, problems));
        if (environment.getProperty("aeghash.sandbox.enabled", Boolean.class, false)) {
            problems.add("the sandbox (vendor simulators) is enabled: unset aeghash.sandbox.enabled / "
                    + "do not combine the sandbox profile with prod");
        }
        return problems;
    }

    private static void checkDatabase(ConfigurableEnvironment environment, List<String> problems) {
        String databaseUrl = text(environment, "DATABASE_URL");
        if (databaseUrl == null) {
            problems.add("DATABASE_URL is missing (expected jdbc:postgresql://host:5432/database)");
        } else if (!databaseUrl.startsWith("jdbc:postgresql://")) {
            problems.add("DATABASE_URL is malformed (expected jdbc:postgresql://host:5432/database)");
        }
        String resolved = environment.getProperty("spring.datasource.url", "");
        if (resolved.startsWith("jdbc:h2:")) {
            problems.add("the embedded H2 database is configured (spring.datasource.url); prod runs on PostgreSQL");
        }
    }

    private static void checkApiKey(ConfigurableEnvironment environment, String name, List<String> problems) {
        String value = text(environment, name);
        if (value == null) {
            problems.add(name + " is missing");
        } else if (!API_KEY_SHAPE.matcher(value).matches()) {
            problems.add(name + " is malformed (16-512 characters, no spaces)");
        }
    }

    /**
     * POINT payouts spend from the treasury wallet: while they are on, its key and the POINT token contract
     * are required. Off (the default), neither is needed and POINT withdrawals are refused.
     */
    private static void checkPointPayouts(ConfigurableEnvironment environment, List<String> problems) {
        String enabled = text(environment, POINT_PAYOUTS_PROPERTY);
        if (enabled == null) {
            enabled = text(environment, POINT_PAYOUTS_VARIABLE);
        }
        if (enabled == null || "false".equalsIgnoreCase(enabled)) {
            return;
        }
        if (!"true".equalsIgnoreCase(enabled)) {
            problems.add(POINT_PAYOUTS_VARIABLE + " is malformed (true or false)");
            return;
        }
        String walletKey = text(environment, "MBLOCK_TREASURY_WALLET_KEY");
        if (walletKey == null) {
            problems.add("MBLOCK_TREASURY_WALLET_KEY is missing (required while POINT payouts are enabled)");
        } else if (!API_KEY_SHAPE.matcher(walletKey).matches()) {
            problems.add("MBLOCK_TREASURY_WALLET_KEY is malformed (16-512 characters, no spaces)");
        }
        String contract = text(environment, "MBLOCK_POINT_TOKEN_CONTRACT");
        if (contract == null) {
            problems.add("MBLOCK_POINT_TOKEN_CONTRACT is missing (required while POINT payouts are enabled)");
        } else if (!CONTRACT_SHAPE.matcher(contract).matches()) {
            problems.add("MBLOCK_POINT_TOKEN_CONTRACT is malformed (0x followed by 40 hex digits)");
        }
    }

    /**
     * The API documents list every endpoint and its parameters: prod serves them, when switched on, to signed-in
     * operators only. HSTS must reach the browsers: a server behind a TLS-terminating proxy sees plain http and sends
     * it only when told to send it on every response (the prod default).
     */
    private static void checkWebSettings(ConfigurableEnvironment environment, List<String> problems) {
        if (isTrue(environment, "aeghash.web.api-docs-enabled") && isTrue(environment, "aeghash.web.api-docs-public")) {
            problems.add("AEGHASH_WEB_API_DOCS_PUBLIC=true publishes the API documents without sign-in: "
                    + "prod serves them to signed-in operators only (unset it)");
        }
        if ("false".equalsIgnoreCase(text(environment, "aeghash.web.hsts-on-every-response"))
                && !isTrue(environment, "server.ssl.enabled")) {
            problems.add("AEGHASH_WEB_HSTS_ON_EVERY_RESPONSE=false: behind a TLS-terminating proxy no response would "
                    + "carry HSTS (unset it, or terminate TLS here with server.ssl.*)");
        }
    }

    /**
     * The sandbox's switch lets one administrator create operators and grant roles alone: prod keeps four eyes on
     * operators (a single-administrator installation uses break-glass, which is audited and alerted).
     */
    private static void checkOperatorChanges(ConfigurableEnvironment environment, List<String> problems) {
        if (isTrue(environment, SINGLE_ADMIN_PROPERTY) || isTrue(environment, SINGLE_ADMIN_VARIABLE)) {
            problems.add(SINGLE_ADMIN_VARIABLE + "=true lets one administrator create operators and grant roles alone: "
                    + "prod needs a second administrator's confirmation (unset it; a single-administrator installation "
                    + "uses break-glass, see docs/operations.md)");
        }
    }

    /** The sandbox member app's key pair is published (scripts/sandbox-member-app-key.pem): anyone can sign with it. */
    private static void checkMemberTokens(ConfigurableEnvironment environment, List<String> problems) {
        String publicKey = environment.getProperty(MEMBER_TOKEN_KEY_PROPERTY, "");
        if (publicKey.replaceAll("\\s", "").contains(SANDBOX_MEMBER_TOKEN_KEY_PART)) {
            problems.add("AEGHASH_MEMBER_TOKEN_PUBLIC_KEY is the published development key of the sandbox member app");
        }
        if (SANDBOX_MEMBER_TOKEN_ISSUER.equals(environment.getProperty(MEMBER_TOKEN_ISSUER_PROPERTY))) {
            problems.add("AEGHASH_MEMBER_TOKEN_ISSUER is the sandbox member app's issuer");
        }
        String jwkSetUri = text(environment, "AEGHASH_MEMBER_TOKEN_JWK_SET_URI");
        if (jwkSetUri != null && !isHttpsUrl(jwkSetUri)) {
            problems.add("AEGHASH_MEMBER_TOKEN_JWK_SET_URI is malformed (expected an https:// URL)");
        }
    }

    private static boolean isTrue(ConfigurableEnvironment environment, String name) {
        return "true".equalsIgnoreCase(text(environment, name));
    }

    private static void checkHttpsUrl(
            ConfigurableEnvironment environment, String name, boolean required, List<String> problems) {
        String value = text(environment, name);
        if (value == null) {
            if (required) {
                problems.add(name + " is missing");
            }
            return;
        }
        if (!isHttpsUrl(value)) {
            problems.add(name + " is malformed (expected an https:// URL)");
        }
    }

    /**
     * Optional (without it transits are refused), but MBlock posts each transit's result there with the
     * transaction's callback token in the query string: plain http would hand the token to anyone on the path.
     * Read as bound ({@code aeghash.mblock.transit-callback-url}), so a value set under either name is checked.
     */
    private static void checkTransitCallbackUrl(ConfigurableEnvironment environment, List<String> problems) {
        String value = text(environment, TRANSIT_CALLBACK_PROPERTY);
        if (value == null) {
            value = text(environment, TRANSIT_CALLBACK_VARIABLE);
        }
        if (value != null && !isHttpsUrl(value)) {
            problems.add(TRANSIT_CALLBACK_VARIABLE + " is malformed (expected an https:// URL)");
        }
    }

    private static boolean isHttpsUrl(String value) {
        try {
            URI uri = URI.create(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static void checkEncryptionKey(
            ConfigurableEnvironment environment, String name, boolean required, List<String> problems) {
        String value = text(environment, name);
        if (value == null) {
            if (required) {
                problems.add(name + " is missing (base64 of 32 random bytes: openssl rand -base64 32)");
            }
            return;
        }
        try {
            SecretEncryptor.decodeKey(Secret.of(value));
        } catch (IllegalArgumentException malformed) {
            problems.add(name + " is malformed (" + malformed.getMessage() + ")");
        }
    }

    private static void checkDate(ConfigurableEnvironment environment, String name, List<String> problems) {
        String value = text(environment, name);
        if (value == null) {
            return;
        }
        try {
            LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            problems.add(name + " is malformed (expected an ISO date such as 2026-01-31)");
        }
    }

    private static String text(ConfigurableEnvironment environment, String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
