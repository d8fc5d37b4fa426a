package com.aeghash.sandbox.internal.hashdam;

import com.aeghash.common.Secret;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated HashDam project.
 *
 * @param apiKey                    the key the simulator accepts; unset = calls without a key are accepted
 *                                  (as HashDam's test environments do), a presented key is then not checked
 * @param allowedCallerAddresses    caller IPs the key is bound to; empty = any address
 * @param coins                     the coins mined, in the vendor's order
 * @param withdrawalCompletionDelay how long a withdrawal stays {@code pending} before it is {@code completed}
 * @param chargeCompletionDelay     how long a hash-credit charge stays {@code pending}
 * @param projectCreatedOn          first day the project mined (asset balances add up daily profits from here)
 * @param projectHashRateMega       the project's hash power in MH/s, around which daily hash rates vary
 * @param openingHashCredit         hash credit before any charge or swap
 */
@ConfigurationProperties("aeghash.sandbox.hashdam")
public record HashDamSandboxProperties(
        Secret apiKey,
        @DefaultValue List<String> allowedCallerAddresses,

        @DefaultValue({"LTC", "DOGE", "BELLS", "LKY", "PEP", "JKC", "DINGO", "SHIC"})
        List<String> coins,

        @DefaultValue("30s") Duration withdrawalCompletionDelay,
        @DefaultValue("30s") Duration chargeCompletionDelay,
        @DefaultValue("2025-01-01") LocalDate projectCreatedOn,
        @DefaultValue("50000") BigDecimal projectHashRateMega,
        @DefaultValue("1000") BigDecimal openingHashCredit,
        @DefaultValue("aeghash-sandbox") String projectName,
        @DefaultValue("coinex-sandbox-account") String coinExAccount) {

    public HashDamSandboxProperties {
        allowedCallerAddresses = allowedCallerAddresses == null ? List.of() : List.copyOf(allowedCallerAddresses);
        coins = List.copyOf(coins);
        if (coins.isEmpty()) {
            throw new IllegalArgumentException("aeghash.sandbox.hashdam.coins needs at least one coin");
        }
        if (withdrawalCompletionDelay.isNegative() || chargeCompletionDelay.isNegative()) {
            throw new IllegalArgumentException("aeghash.sandbox.hashdam completion delays cannot be negative");
        }
        if (projectHashRateMega.signum() <= 0) {
            throw new IllegalArgumentException("aeghash.sandbox.hashdam.project-hash-rate-mega must be positive");
        }
    }
}
