package com.aeghash.sandbox.internal.mblock;

import com.aeghash.common.Secret;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated MBlock ({@code aeghash.sandbox.mblock.*}). The sandbox profile points {@code api-key} and
 * {@code fee-wallet-key} at the client's own settings, so the two sides agree out of the box.
 *
 * @param apiKey           the only {@code X-MBLOCK-Key} accepted (none: every call is refused, error 2)
 * @param permittedMethods methods the key may call (empty: all); others answer error 4
 * @param allowedIps       caller addresses the key is bound to (empty: any); others answer error 3
 * @param feeWalletKey     key of the transit fee wallet, created at start with {@code feeWalletBnb}
 * @param gasPerTransfer   BNB every on-chain transfer burns from its sender
 * @param transitDelayMax  a transit's configured {@code delay} seconds are capped at this, so demos stay quick
 * @param callbackTimeout  connect and read timeout of the transit callback
 */
@ConfigurationProperties("aeghash.sandbox.mblock")
record MBlockSimulatorProperties(
        Secret apiKey,
        @DefaultValue List<String> permittedMethods,
        @DefaultValue List<String> allowedIps,
        Secret feeWalletKey,
        @DefaultValue("100") BigDecimal feeWalletBnb,
        @DefaultValue("0.0001") BigDecimal gasPerTransfer,
        @DefaultValue("2s") Duration transitDelayMax,
        @DefaultValue("5s") Duration callbackTimeout) {

    public MBlockSimulatorProperties {
        permittedMethods = permittedMethods == null
                ? List.of()
                : permittedMethods.stream()
                        .map(String::trim)
                        .filter(method -> !method.isEmpty())
                        .toList();
        allowedIps = allowedIps == null
                ? List.of()
                : allowedIps.stream()
                        .map(String::trim)
                        .filter(address -> !address.isEmpty())
                        .toList();
        if (gasPerTransfer.signum() < 0 || feeWalletBnb.signum() < 0) {
            throw new IllegalArgumentException("aeghash.sandbox.mblock gas and fee wallet funds must not be negative");
        }
    }
}
