package com.aeghash.sandbox.internal.hashdam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of the simulated project: hash-credit charges, hash-power swaps and withdrawals, kept in
 * memory. Statuses that depend on time ({@code pending → completed}) are derived from the clock when read,
 * so no background thread is needed and a test can move time instead of waiting.
 */
final class SimulatedPool {

    /** USDT of hash credit per 1 MH/s of hash power bought by a swap. */
    static final BigDecimal POWER_PRICE = new BigDecimal("0.5");
    /** The vendor's withdrawal fee, 0.1 % of the amount (informational: the amount is what leaves the balance). */
    private static final BigDecimal FEE_RATE = new BigDecimal("0.001");

    record Withdrawal(String withdrawId, String coin, BigDecimal amount, BigDecimal fee, Instant createdAt) {}

    record Charge(String chargeId, String from, String address, BigDecimal amount, Instant createdAt) {}

    record Swap(String swapId, BigDecimal amount, BigDecimal power, LocalDate setDate, Instant createdAt) {}

    private final HashDamSandboxProperties properties;
    private final SimulatedDailyData days;
    private final Clock clock;
    private final ChargePayments payments;
    private final List<Withdrawal> withdrawals = new ArrayList<>();
    private final List<Charge> charges = new ArrayList<>();
    private final List<Swap> swaps = new ArrayList<>();
    private long sequence;

    SimulatedPool(HashDamSandboxProperties properties, SimulatedDailyData days, Clock clock, ChargePayments payments) {
        this.properties = properties;
        this.days = days;
        this.clock = clock;
        this.payments = payments;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    synchronized Withdrawal withdraw(String coin, BigDecimal amount) {
        if (amount.compareTo(available(coin)) > 0) {
            return null;
        }
        Withdrawal withdrawal = new Withdrawal(
                nextId("wd"), coin, amount, amount.multiply(FEE_RATE).setScale(8, RoundingMode.DOWN), now());
        withdrawals.add(withdrawal);
        return withdrawal;
    }

    synchronized List<Withdrawal> withdrawals() {
        return List.copyOf(withdrawals);
    }

    String statusOf(Withdrawal withdrawal) {
        return completedAt(withdrawal.createdAt(), properties.withdrawalCompletionDelay()) == null
                ? "pending"
                : "completed";
    }

    /** When something created at {@code createdAt} completed, or null while it is still pending. */
    Instant completedAt(Instant createdAt, Duration delay) {
        Instant done = createdAt.plus(delay);
        return now().isBefore(done) ? null : done;
    }

    synchronized Map<String, BigDecimal[]> assetBalances() {
        Map<String, BigDecimal[]> balances = new LinkedHashMap<>();
        for (String coin : properties.coins()) {
            balances.put(coin, new BigDecimal[] {balance(coin), available(coin)});
        }
        return balances;
    }

    /** Mined since the project started, minus completed withdrawals. */
    private BigDecimal balance(String coin) {
        BigDecimal completed = withdrawals.stream()
                .filter(withdrawal -> withdrawal.coin().equals(coin) && "completed".equals(statusOf(withdrawal)))
                .map(Withdrawal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return mined(coin).subtract(completed);
    }

    /** Mined minus every withdrawal, pending ones included: what can still be withdrawn. */
    private BigDecimal available(String coin) {
        BigDecimal withdrawn = withdrawals.stream()
                .filter(withdrawal -> withdrawal.coin().equals(coin))
                .map(Withdrawal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return mined(coin).subtract(withdrawn);
    }

    private BigDecimal mined(String coin) {
        BigDecimal total = BigDecimal.ZERO;
        for (LocalDate day = properties.projectCreatedOn(); day.isBefore(today()); day = day.plusDays(1)) {
            total = total.add(days.of(day).coins().get(coin).total());
        }
        return total;
    }

    synchronized Charge charge(BigDecimal amount, String from) {
        String chargeId = nextId("chg");
        Charge charge = new Charge(chargeId, from, String.format("0x5a4d%036x", sequence), amount, now());
        charges.add(charge);
        return charge;
    }

    /**
     * When the charge was credited: {@code charge-completion-delay} (the confirmations) after its deposit address
     * received the amount; null while it waits for the payment or the confirmations.
     */
    Instant chargeCompletedAt(Charge charge) {
        return payments.paidInFull(charge.address(), charge.amount(), charge.createdAt())
                .map(paidAt -> completedAt(paidAt, properties.chargeCompletionDelay()))
                .orElse(null);
    }

    synchronized List<Charge> charges() {
        return List.copyOf(charges);
    }

    /** Spends hash credit on hash power for one year; null when the credit does not cover it. */
    synchronized Swap swap(BigDecimal amount) {
        if (amount.compareTo(credit()) > 0) {
            return null;
        }
        Swap swap = new Swap(nextId("swap"), amount, amount.divide(POWER_PRICE, 8, RoundingMode.DOWN), today(), now());
        swaps.add(swap);
        return swap;
    }

    synchronized List<Swap> swaps() {
        return List.copyOf(swaps);
    }

    synchronized BigDecimal credit() {
        BigDecimal charged = charges.stream()
                .filter(charge -> chargeCompletedAt(charge) != null)
                .map(Charge::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = swaps.stream().map(Swap::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return properties.openingHashCredit().add(charged).subtract(spent);
    }

    synchronized BigDecimal power() {
        return properties
                .projectHashRateMega()
                .add(swaps.stream().map(Swap::power).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private String nextId(String prefix) {
        sequence++;
        return prefix + "-" + now().toEpochMilli() + "-" + sequence;
    }
}
