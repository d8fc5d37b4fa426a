package com.aeghash.sandbox.internal.hashdam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated pool's figures of each day, generated from the date alone (a SHA-256 of it seeds
 * {@link Random}, whose sequence the JDK specifies), so every run of every instance sees the same numbers.
 * The project total of a coin is exactly {@code perMega × hashRateMega} rounded down to 12 decimals, so it
 * is consistent with what {@code profitDailyMega} and {@code hashRateDaily} report for that day.
 */
final class SimulatedDailyData {

    /** Vendor figures carry more decimals than the 8 credited to members, as the real API's strings may. */
    static final int VENDOR_SCALE = 12;

    private static final BigDecimal MEGA = BigDecimal.valueOf(1_000_000);
    private static final Map<String, BigDecimal> PER_MEGA_BASE = Map.of(
            "LTC",
            new BigDecimal("0.00002"),
            "DOGE",
            new BigDecimal("0.06"),
            "BELLS",
            new BigDecimal("0.003"),
            "LKY",
            new BigDecimal("0.001"),
            "PEP",
            new BigDecimal("6"),
            "JKC",
            new BigDecimal("0.02"),
            "DINGO",
            new BigDecimal("12"),
            "SHIC",
            new BigDecimal("3"));
    private static final Map<String, BigDecimal> PRICE_BASE = Map.of(
            "LTC",
            new BigDecimal("85"),
            "DOGE",
            new BigDecimal("0.16"),
            "BELLS",
            new BigDecimal("0.5"),
            "LKY",
            new BigDecimal("0.05"),
            "PEP",
            new BigDecimal("0.0003"),
            "JKC",
            new BigDecimal("0.01"),
            "DINGO",
            new BigDecimal("0.00002"),
            "SHIC",
            new BigDecimal("0.0001"));

    /** One coin on one day: mined per 1 MH/s, mined by the project, and the price in USDT. */
    record CoinDay(BigDecimal perMega, BigDecimal total, BigDecimal price) {}

    /** The project on one day. */
    record Day(
            LocalDate date,
            BigDecimal hashRateMega,
            BigDecimal efficiencyPercent,
            BigDecimal rejectPercent,
            Map<String, CoinDay> coins) {

        BigDecimal hashRate() {
            return hashRateMega.multiply(MEGA);
        }
    }

    private final List<String> coins;
    private final BigDecimal baseHashRateMega;
    private final Map<LocalDate, Day> cache = new ConcurrentHashMap<>();

    SimulatedDailyData(List<String> coins, BigDecimal baseHashRateMega) {
        this.coins = List.copyOf(coins);
        this.baseHashRateMega = baseHashRateMega;
    }

    Day of(LocalDate date) {
        return cache.computeIfAbsent(date, this::generate);
    }

    private Day generate(LocalDate date) {
        Random random = new Random(seedOf(date));
        BigDecimal hashRateMega =
                baseHashRateMega.multiply(between(random, "0.9", "1.1")).setScale(4, RoundingMode.DOWN);
        BigDecimal efficiency = between(random, "95", "100").setScale(2, RoundingMode.DOWN);
        BigDecimal reject = between(random, "0.5", "2").setScale(2, RoundingMode.DOWN);
        Map<String, CoinDay> coinDays = new LinkedHashMap<>();
        for (String coin : coins) {
            BigDecimal perMega = PER_MEGA_BASE
                    .getOrDefault(coin, new BigDecimal("0.001"))
                    .multiply(between(random, "0.8", "1.2"))
                    .setScale(VENDOR_SCALE, RoundingMode.DOWN);
            BigDecimal total = perMega.multiply(hashRateMega).setScale(VENDOR_SCALE, RoundingMode.DOWN);
            BigDecimal price = PRICE_BASE
                    .getOrDefault(coin, BigDecimal.ONE)
                    .multiply(between(random, "0.9", "1.1"))
                    .setScale(8, RoundingMode.DOWN);
            coinDays.put(coin, new CoinDay(perMega, total, price));
        }
        return new Day(date, hashRateMega, efficiency, reject, coinDays);
    }

    /** A factor in [low, high) with 6 decimals, drawn without floating point. */
    private static BigDecimal between(Random random, String low, String high) {
        BigDecimal fraction = BigDecimal.valueOf(random.nextInt(1_000_000), 6);
        BigDecimal from = new BigDecimal(low);
        return from.add(new BigDecimal(high).subtract(from).multiply(fraction));
    }

    private static long seedOf(LocalDate date) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("hashdam-sandbox:" + date).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
