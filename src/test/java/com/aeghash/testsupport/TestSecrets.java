package com.aeghash.testsupport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret value a test run uses. {@code NoSecretsInLogsTest} (run last) asserts that none of them
 * appears in any log line of the run. Tests register secrets created at run time (wallet keys from the
 * simulator, generated passwords) with {@link #register}.
 */
public final class TestSecrets {

    /** Must match src/test/resources/application-test.yml. */
    public static final String ADMIN_PASSWORD = "test-root-passphrase-7f3a9c";

    public static final String ENCRYPTION_KEY = "u0bLkTzPX8O3a3mUO0p1tdTqNSaCyh3oGJBP7hB6Zy0=";
    public static final String MBLOCK_API_KEY = "test-mblock-key-5c1e88d2a4";
    public static final String HASHDAM_API_KEY = "test-hashdam-key-91b7f0c3e2";
    public static final String TREASURY_WALLET_KEY = "test-treasury-wallet-key-4d1a7e93";

    private static final Set<String> RUNTIME = ConcurrentHashMap.newKeySet();

    private TestSecrets() {}

    public static void register(String secret) {
        if (secret != null && secret.length() >= 8) {
            RUNTIME.add(secret);
        }
    }

    public static Set<String> all() {
        Set<String> all = ConcurrentHashMap.newKeySet();
        all.addAll(Set.of(ADMIN_PASSWORD, ENCRYPTION_KEY, MBLOCK_API_KEY, HASHDAM_API_KEY, TREASURY_WALLET_KEY));
        all.addAll(RUNTIME);
        return all;
    }
}
