package com.aeghash.sandbox.internal.hashdam;

import com.aeghash.common.Amounts;
import com.aeghash.sandbox.internal.hashdam.SimulatedRequest.SimulatedError;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** The method handlers of the simulated HashDam API; each returns the success envelope or throws a refusal. */
final class SimulatedMethods {

    static final String UNSUPPORTED_COIN = "Not found or Unsupported coin symbol";
    static final String INSUFFICIENT_BALANCE = "Insufficient balance";
    static final String INSUFFICIENT_CREDIT = "Insufficient hash credit";
    static final String DATA_NOT_READY = "Data is not available yet";
    private static final long RATE_BUCKET_MILLIS = 600_000;

    private final HashDamSandboxProperties properties;
    private final SimulatedPool pool;
    private final SimulatedDailyData days;

    SimulatedMethods(HashDamSandboxProperties properties, SimulatedPool pool, SimulatedDailyData days) {
        this.properties = properties;
        this.pool = pool;
        this.days = days;
    }

    Map<String, Function<SimulatedRequest, Map<String, Object>>> byName() {
        Map<String, Function<SimulatedRequest, Map<String, Object>>> methods = new LinkedHashMap<>();
        methods.put(
                "projectInfo",
                request -> success(fields(
                        "projectName",
                        properties.projectName(),
                        "coinExAccount",
                        properties.coinExAccount(),
                        "createAt",
                        properties
                                .projectCreatedOn()
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                                .toEpochMilli())));
        methods.put(
                "hashBalance",
                request -> success(fields(
                        "date",
                        pool.today().toString(),
                        "credit",
                        plain(pool.credit()),
                        "power",
                        plain(pool.power()))));
        methods.put("hashCreditCharge", this::hashCreditCharge);
        methods.put("hashCreditChargeHistory", this::hashCreditChargeHistory);
        methods.put("hashPowerSwap", this::hashPowerSwap);
        methods.put("hashPowerSwapHistory", this::hashPowerSwapHistory);
        methods.put("hashRateDaily", this::hashRateDaily);
        methods.put("hashRateRecently", request -> success(recentRates(BigDecimal.ONE)));
        methods.put("hashRateRecentlyMega", request -> success(recentRates(properties.projectHashRateMega())));
        methods.put("profitDaily", request -> success(profit(day(request), false)));
        methods.put("profitDailyMega", request -> success(profit(day(request), true)));
        methods.put("assetBalance", this::assetBalance);
        methods.put("assetWithdrawHistory", this::assetWithdrawHistory);
        methods.put("assetWithdrawRequest", this::assetWithdrawRequest);
        return methods;
    }

    private Map<String, Object> hashCreditCharge(SimulatedRequest request) {
        SimulatedPool.Charge charge = pool.charge(request.positiveAmount("amount"), request.text("from"));
        Map<String, Object> json = fields("chargeId", charge.chargeId(), "address", charge.address());
        json.putAll(chargedAmount(charge));
        return success(json);
    }

    private Map<String, Object> hashCreditChargeHistory(SimulatedRequest request) {
        String chargeId = request.text("chargeId");
        List<SimulatedHistory.Row> rows = pool.charges().stream()
                .filter(charge -> chargeId == null || charge.chargeId().equals(chargeId))
                .map(charge -> {
                    Instant completedAt = pool.chargeCompletedAt(charge);
                    Map<String, Object> json =
                            fields("chargeId", charge.chargeId(), "from", charge.from(), "to", charge.address());
                    json.putAll(chargedAmount(charge));
                    json.putAll(fields(
                            "credit",
                            completedAt == null ? null : plain(charge.amount()),
                            "status",
                            completedAt == null ? "pending" : "completed",
                            "createAt",
                            charge.createdAt().toEpochMilli(),
                            "updateAt",
                            completedAt == null ? null : completedAt.toEpochMilli()));
                    return new SimulatedHistory.Row(charge.createdAt(), json);
                })
                .toList();
        return SimulatedHistory.page(rows, request);
    }

    private Map<String, Object> hashPowerSwap(SimulatedRequest request) {
        SimulatedPool.Swap swap = pool.swap(request.positiveAmount("amount"));
        if (swap == null) {
            throw new SimulatedError(INSUFFICIENT_CREDIT);
        }
        return success(fields(
                "swapId",
                swap.swapId(),
                "amount",
                plain(swap.amount()),
                "credit",
                plain(pool.credit()),
                "power",
                plain(pool.power())));
    }

    private Map<String, Object> hashPowerSwapHistory(SimulatedRequest request) {
        String swapId = request.text("swapId");
        List<SimulatedHistory.Row> rows = pool.swaps().stream()
                .filter(swap -> swapId == null || swap.swapId().equals(swapId))
                .map(swap -> new SimulatedHistory.Row(
                        swap.createdAt(),
                        fields(
                                "swapId",
                                swap.swapId(),
                                "amount",
                                plain(swap.amount()),
                                "power",
                                plain(swap.power()),
                                "setDate",
                                swap.setDate().toString(),
                                "endDate",
                                swap.setDate().plusYears(1).toString(),
                                "period",
                                1,
                                "status",
                                "completed",
                                "createAt",
                                swap.createdAt().toEpochMilli(),
                                "updateAt",
                                swap.createdAt().toEpochMilli())))
                .toList();
        return SimulatedHistory.page(rows, request);
    }

    private Map<String, Object> hashRateDaily(SimulatedRequest request) {
        SimulatedDailyData.Day day = day(request);
        return success(fields(
                "date",
                day.date().toString(),
                "hashRate",
                plain(day.hashRate()),
                "hashRateMega",
                plain(day.hashRateMega()),
                "efficiency",
                plain(day.efficiencyPercent()),
                "reject",
                plain(day.rejectPercent())));
    }

    /** Live rates around today's figures, varying per 10-minute bucket; {@code divisor} > 1 gives "per MH/s". */
    private Map<String, Object> recentRates(BigDecimal divisor) {
        Instant now = pool.now();
        SimulatedDailyData.Day today = days.of(pool.today());
        Random random = new Random(now.toEpochMilli() / RATE_BUCKET_MILLIS);
        BigDecimal day = today.hashRateMega();
        return fields(
                "timestamp",
                now.toEpochMilli(),
                "hashRate24h",
                plain(perUnit(day, divisor)),
                "hashRate1h",
                plain(perUnit(day.multiply(jitter(random)), divisor)),
                "hashRate10m",
                plain(perUnit(day.multiply(jitter(random)), divisor)),
                "efficiency",
                plain(today.efficiencyPercent()),
                "reject",
                plain(today.rejectPercent()));
    }

    private Map<String, Object> profit(SimulatedDailyData.Day day, boolean perMega) {
        Map<String, Object> coins = new LinkedHashMap<>();
        day.coins()
                .forEach((coin, figures) -> coins.put(
                        coin,
                        fields(
                                "total",
                                plain(perMega ? figures.perMega() : figures.total()),
                                "price",
                                plain(figures.price()))));
        return fields("date", day.date().toString(), "profit", coins);
    }

    private Map<String, Object> assetBalance(SimulatedRequest request) {
        Map<String, Object> coins = new LinkedHashMap<>();
        pool.assetBalances()
                .forEach((coin, figures) ->
                        coins.put(coin, fields("balance", plain(figures[0]), "available", plain(figures[1]))));
        return success(coins);
    }

    private Map<String, Object> assetWithdrawHistory(SimulatedRequest request) {
        String coin = request.text("coin");
        if (coin != null) {
            requireCoin(coin);
        }
        String withdrawId = request.text("withdrawId");
        List<SimulatedHistory.Row> rows = pool.withdrawals().stream()
                .filter(withdrawal -> coin == null || withdrawal.coin().equals(coin))
                .filter(withdrawal ->
                        withdrawId == null || withdrawal.withdrawId().equals(withdrawId))
                .map(withdrawal -> {
                    Instant completedAt =
                            pool.completedAt(withdrawal.createdAt(), properties.withdrawalCompletionDelay());
                    return new SimulatedHistory.Row(
                            withdrawal.createdAt(),
                            fields(
                                    "withdrawId",
                                    withdrawal.withdrawId(),
                                    "coin",
                                    withdrawal.coin(),
                                    "amount",
                                    plain(withdrawal.amount()),
                                    "fee",
                                    plain(withdrawal.fee()),
                                    "address",
                                    properties.coinExAccount(),
                                    "type",
                                    "withdraw",
                                    "status",
                                    pool.statusOf(withdrawal),
                                    "createAt",
                                    withdrawal.createdAt().toEpochMilli(),
                                    "updateAt",
                                    completedAt == null ? null : completedAt.toEpochMilli()));
                })
                .toList();
        return SimulatedHistory.page(rows, request);
    }

    private Map<String, Object> assetWithdrawRequest(SimulatedRequest request) {
        String coin = request.text("coin");
        requireCoin(coin);
        SimulatedPool.Withdrawal withdrawal = pool.withdraw(coin, request.positiveAmount("amount"));
        if (withdrawal == null) {
            throw new SimulatedError(INSUFFICIENT_BALANCE);
        }
        return success(
                fields("withdrawId", withdrawal.withdrawId(), "coin", coin, "amount", plain(withdrawal.amount())));
    }

    /** The requested day, or the latest produced one (yesterday); day D is produced at D+1 00:00 UTC. */
    private SimulatedDailyData.Day day(SimulatedRequest request) {
        LocalDate date = request.date("date");
        LocalDate latest = pool.today().minusDays(1);
        if (date != null && date.isAfter(latest)) {
            throw new SimulatedError(DATA_NOT_READY);
        }
        return days.of(date == null ? latest : date);
    }

    private void requireCoin(String coin) {
        if (coin == null || !properties.coins().contains(coin)) {
            throw new SimulatedError(UNSUPPORTED_COIN);
        }
    }

    private static BigDecimal jitter(Random random) {
        return new BigDecimal("0.97").add(BigDecimal.valueOf(random.nextInt(60_000), 6));
    }

    private static BigDecimal perUnit(BigDecimal value, BigDecimal divisor) {
        return value.divide(divisor, SimulatedDailyData.VENDOR_SCALE, RoundingMode.DOWN);
    }

    /** What a charge bought, as both the charge and its history show it: USDT at the fixed price of 1. */
    private static Map<String, Object> chargedAmount(SimulatedPool.Charge charge) {
        return fields("amount", plain(charge.amount()), "price", "1", "coin", "USDT");
    }

    private static String plain(BigDecimal value) {
        return Amounts.format(value);
    }

    private static Map<String, Object> success(Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("code", 0);
        envelope.put("data", data);
        envelope.put("message", "success");
        return envelope;
    }

    /** An ordered JSON object from name/value pairs; null values are left out (absent optional fields). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            if (namesAndValues[index + 1] != null) {
                json.put((String) namesAndValues[index], namesAndValues[index + 1]);
            }
        }
        return json;
    }
}
