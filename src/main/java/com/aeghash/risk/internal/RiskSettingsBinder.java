package com.aeghash.risk.internal;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Binds the risk settings with Spring's relaxed binding, one property per asset, so each can also be set
 * as an environment variable ({@code AEGHASH_RISK_AMOUNT_DOGE_REVIEW}, {@code AEGHASH_RISK_IP_BLOCKED}).
 * A per-asset record cannot express {@code aeghash.risk.velocity.window} next to
 * {@code aeghash.risk.velocity.<asset>.limit}, hence the explicit names. Any invalid value stops the boot
 * with a message naming the property.
 */
final class RiskSettingsBinder {

    static final String PREFIX = "aeghash.risk.";
    static final Duration DEFAULT_VELOCITY_WINDOW = Duration.ofHours(24);
    static final Duration DEFAULT_COOLING_PERIOD = Duration.ofHours(24);
    static final int NETWORKS_MAX = 1_000;

    private RiskSettingsBinder() {}

    static RiskSettings bind(Binder binder) {
        Map<Asset, AssetRiskLimits> limits = new EnumMap<>(Asset.class);
        for (Asset asset : RiskDefaults.withdrawableAssets()) {
            limits.put(asset, limitsOf(binder, asset));
        }
        try {
            return new RiskSettings(
                    limits,
                    duration(binder, "velocity.window", DEFAULT_VELOCITY_WINDOW),
                    networks(binder, "ip.blocked"),
                    networks(binder, "ip.trusted"),
                    duration(binder, "destination.cooling-period", DEFAULT_COOLING_PERIOD),
                    amount(binder, "sales-cap.percent", RiskSettings.DEFAULT_SALES_CAP_PERCENT));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalStateException("invalid risk settings: " + invalid.getMessage(), invalid);
        }
    }

    private static AssetRiskLimits limitsOf(Binder binder, Asset asset) {
        String key = asset.name().toLowerCase(Locale.ROOT);
        AssetRiskLimits defaults = RiskDefaults.limitsOf(asset);
        try {
            return new AssetRiskLimits(
                    amount(binder, "amount." + key + ".review", defaults.amountReview()),
                    amount(binder, "amount." + key + ".block", defaults.amountBlock()),
                    amount(binder, "velocity." + key + ".limit", defaults.velocityReview()),
                    amount(binder, "velocity." + key + ".block", defaults.velocityBlock()),
                    amount(binder, "device.review-amount." + key, defaults.newDeviceReview()));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalStateException("invalid risk settings of " + asset + ": " + invalid.getMessage(), invalid);
        }
    }

    private static BigDecimal amount(Binder binder, String name, BigDecimal fallback) {
        return bound(name, () -> binder.bind(PREFIX + name, BigDecimal.class).orElse(fallback));
    }

    private static Duration duration(Binder binder, String name, Duration fallback) {
        return bound(name, () -> binder.bind(PREFIX + name, Duration.class).orElse(fallback));
    }

    private static List<IpNetwork> networks(Binder binder, String name) {
        List<String> texts = bound(
                name,
                () -> binder.bind(PREFIX + name, Bindable.listOf(String.class)).orElse(List.of()));
        List<IpNetwork> networks = texts.stream()
                .filter(text -> !text.isBlank())
                .map(text -> {
                    try {
                        return IpNetwork.parse(text);
                    } catch (IllegalArgumentException invalid) {
                        throw new IllegalArgumentException(PREFIX + name + ": " + invalid.getMessage(), invalid);
                    }
                })
                .toList();
        if (networks.size() > NETWORKS_MAX) {
            throw new IllegalArgumentException(PREFIX + name + " lists more than " + NETWORKS_MAX + " networks");
        }
        return networks;
    }

    private static <T> T bound(String name, Supplier<T> binding) {
        try {
            return binding.get();
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException(
                    PREFIX + name + " cannot be read: " + rootMessage(unreadable), unreadable);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
