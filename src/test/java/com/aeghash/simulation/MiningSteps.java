package com.aeghash.simulation;

import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Hash power and the daily mining run. {@code HASH_POWER}: an operator's signed adjustment (a fifth of them replaying
 * the previous reference: no second effect; a result below zero: 422 {@code hash_power_below_zero}); the model keeps
 * every member's hash power and when it changed, exactly. {@code MINING_RUN}: the run of yesterday or the day before
 * (UTC), sometimes again. The coins a member should get depend on the vendor's daily figures and the pro-rata scale of
 * all members of the platform, so instead of predicting each credit the checks hold the run to its own invariants:
 * completed with every member processed, per coin credited no more than the project mined and the scale at most 1;
 * per member of this run a credit only by a run, never by a repeated run of a date, nothing for a member who held no
 * hash power during the day, and no more than {@code perMega × } the most hash power it held that day (at least
 * {@code floor8(perMega × } the least{@code )} when the run was not scaled down).
 */
final class MiningSteps {

    private final SimulationRun run;

    /** Per member: hash power after each change, in time order; and the coins credited as last read. */
    static final class State {
        final Map<String, List<Map.Entry<Instant, BigDecimal>>> hashPower = new HashMap<>();
        final Map<String, Map<String, BigDecimal>> coins = new HashMap<>();
        final Map<String, String> lastReference = new HashMap<>();
        final Map<String, String> lastBody = new HashMap<>();
        final java.util.Set<LocalDate> ranDates = new java.util.HashSet<>();
        int adjustments;
    }

    MiningSteps(SimulationRun run) {
        this.run = run;
    }

    void execute(Op op) {
        switch (op.kind()) {
            case HASH_POWER -> adjust(op);
            case MINING_RUN -> dailyRun(op);
            default -> throw new IllegalArgumentException(op.kind().toString());
        }
    }

    private void adjust(Op op) {
        String member = run.member(op.target());
        State state = run.mining;
        boolean replay = op.choice() % 5 == 0 && state.lastReference.containsKey(member);
        String reference = replay ? state.lastReference.get(member) : run.prefix + "-hp-" + (++state.adjustments);
        BigDecimal delta = BigDecimal.valueOf(op.amount() - 40); // -40 .. +159 MH/s
        if (delta.signum() == 0) {
            delta = BigDecimal.ONE;
        }
        String body = replay
                ? state.lastBody.get(member)
                : "{\"delta\":\"" + (delta.signum() > 0 ? "+" : "") + delta.toPlainString()
                        + "\",\"reason\":\"simulated\",\"reference\":\"" + reference + "\"}";
        ApiClient.Response response = run.app
                .as(SimulatedApp.OPS_1)
                .post("/api/v1/members/" + member + "/mining/hash-power/adjustments", body);
        run.model.answers.merge("hash power " + response.status() + " " + code(response), 1, Integer::sum);
        if (replay) {
            expect(response.status() / 100 == 2, "replayed hash power adjustment " + reference, response);
            return;
        }
        BigDecimal held = hashPowerOf(member);
        BigDecimal after = held.add(delta);
        if (after.signum() < 0) {
            expect(
                    response.status() == 422 && code(response).equals("hash_power_below_zero"),
                    "hash power " + held + " " + delta,
                    response);
            return;
        }
        expect(response.status() / 100 == 2, "hash power adjustment", response);
        state.hashPower
                .computeIfAbsent(member, ignored -> new ArrayList<>())
                .add(Map.entry(run.app.clock.instant(), after));
        state.lastReference.put(member, reference);
        state.lastBody.put(member, body);
    }

    /** The run of a UTC date one or two days back; a completed date again must change nothing. */
    private void dailyRun(Op op) {
        LocalDate today = LocalDate.ofInstant(run.app.clock.instant(), ZoneOffset.UTC);
        LocalDate date = today.minusDays(1 + op.choice() % 2);
        BalanceRows before = BalanceRows.read(run);
        ApiClient.Response response =
                run.app.as(SimulatedApp.OPS_1).postJson("/api/v1/mining/etl-runs", Map.of("date", date.toString()));
        run.model.answers.merge("mining run " + response.status() + " " + code(response), 1, Integer::sum);
        // a day's run starts two minutes after the day ends at the earliest (mining.md)
        if (run.app
                .clock
                .instant()
                .isBefore(date.plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .plusSeconds(120))) {
            expect(
                    response.status() == 422 && code(response).equals("mining_data_not_ready"),
                    "mining run of " + date + " within two minutes of its end",
                    response);
            return;
        }
        expect(response.status() == 200, "mining run of " + date, response);
        JsonNode etl = response.json();
        expect(etl.path("status").asString().equalsIgnoreCase("completed"), "mining run completed", response);
        expect(
                etl.path("processedMembers").asLong()
                        == etl.path("totalMembers").asLong(),
                "every member processed",
                response);
        boolean again = !run.mining.ranDates.add(date);
        for (JsonNode coin : etl.path("coins")) {
            coinTotals(date, coin);
        }
        BalanceRows afterRun = BalanceRows.read(run);
        for (String member : run.model.members) {
            Map<String, BigDecimal> after = afterRun.coins(member);
            for (JsonNode coin : etl.path("coins")) {
                String asset = coin.path("coin").asString();
                BigDecimal credited = after.getOrDefault(asset, BigDecimal.ZERO)
                        .subtract(before.coins(member).getOrDefault(asset, BigDecimal.ZERO));
                credit(member, date, coin, credited, again);
            }
            run.mining.coins.put(member, CoinWithdrawalChecks.credited(run, member, after));
        }
    }

    private static void coinTotals(LocalDate date, JsonNode coin) {
        BigDecimal credited = new BigDecimal(coin.path("creditedTotal").asString());
        BigDecimal project = new BigDecimal(coin.path("projectTotal").asString());
        BigDecimal scale = new BigDecimal(coin.path("scale").asString());
        expect(
                credited.compareTo(project) <= 0 && scale.compareTo(BigDecimal.ONE) <= 0,
                "mining run of " + date + " " + coin + ": credited beyond the project total or scaled up");
    }

    /** One member's credit of one coin by the run of {@code date}, against the hash power it held that day. */
    private void credit(String member, LocalDate date, JsonNode coin, BigDecimal credited, boolean again) {
        String what = member + " " + coin.path("coin").asString() + " credited " + credited.toPlainString()
                + " by the run of " + date;
        expect(credited.signum() >= 0, what + ": negative");
        if (again) {
            expect(credited.signum() == 0, what + " although that date had run already");
            return;
        }
        BigDecimal[] range = heldDuring(member, date);
        BigDecimal perMega = new BigDecimal(coin.path("perMega").asString());
        expect(
                credited.compareTo(perMega.multiply(range[1])) <= 0,
                what + ": more than perMega " + perMega + " x the most it held, " + range[1]);
        if (new BigDecimal(coin.path("scale").asString()).compareTo(BigDecimal.ONE) == 0) {
            BigDecimal least = perMega.multiply(range[0]).setScale(8, java.math.RoundingMode.DOWN);
            expect(
                    credited.compareTo(least) >= 0,
                    what + ": less than floor8(perMega x the least it held, " + range[0] + ")");
        }
    }

    /** The least and the most hash power the member held during the UTC day. */
    private BigDecimal[] heldDuring(String member, LocalDate date) {
        Instant from = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plusSeconds(86_400);
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal least = null;
        BigDecimal most = BigDecimal.ZERO;
        for (Map.Entry<Instant, BigDecimal> change : run.mining.hashPower.getOrDefault(member, List.of())) {
            if (!change.getKey().isBefore(to)) {
                break;
            }
            if (change.getKey().isAfter(from)) {
                least = least == null ? current : least.min(current);
                most = most.max(current);
            }
            current = change.getValue();
        }
        least = least == null ? current : least.min(current);
        return new BigDecimal[] {least, most.max(current)};
    }

    BigDecimal hashPowerOf(String member) {
        List<Map.Entry<Instant, BigDecimal>> changes = run.mining.hashPower.getOrDefault(member, List.of());
        return changes.isEmpty()
                ? BigDecimal.ZERO
                : changes.get(changes.size() - 1).getValue();
    }

    /** The member's balances other than POINT in one bucket ({@code available}, {@code withdrawalHold}), by asset. */
    private static Map<String, BigDecimal> bucketIn(JsonNode balances, String bucket) {
        Map<String, BigDecimal> coins = new HashMap<>();
        for (JsonNode balance : balances.path("balances")) {
            String asset = balance.path("asset").asString();
            if (!asset.equals("POINT")) {
                coins.put(asset, new BigDecimal(balance.path(bucket).asString("0")));
            }
        }
        return coins;
    }

    /**
     * After every step, on the member's balances as read for the POINT check: hash power as the model holds it, and
     * the coins moved by nothing but mining runs and the member's coin withdrawals (held or paid out).
     */
    void check(String member, JsonNode balances) {
        check(member, bucketIn(balances, "available"), bucketIn(balances, "withdrawalHold"));
    }

    /**
     * As {@link #check(String, JsonNode)}, on the member's balances other than POINT by asset: available
     * ({@code now}) and withdrawal hold ({@code holds}).
     */
    void check(String member, Map<String, BigDecimal> now, Map<String, BigDecimal> holds) {
        BigDecimal hashPower = now.getOrDefault("HASHPOWER", BigDecimal.ZERO);
        expect(
                hashPower.compareTo(hashPowerOf(member)) == 0,
                member + " HASHPOWER is " + hashPower + ", the model expects " + hashPowerOf(member));
        Map<String, BigDecimal> last = run.mining.coins.getOrDefault(member, Map.of());
        Map<String, BigDecimal> out = CoinWithdrawalChecks.out(run, member);
        now.forEach((asset, amount) -> expect(
                asset.equals("HASHPOWER")
                        || amount.compareTo(last.getOrDefault(asset, BigDecimal.ZERO)
                                        .subtract(out.getOrDefault(asset, BigDecimal.ZERO)))
                                == 0,
                member + " " + asset + " is " + amount + " although no mining run credited it since "
                        + last.getOrDefault(asset, BigDecimal.ZERO) + " and its coin withdrawals took " + out));
        CoinWithdrawalChecks.holds(run, member, holds);
    }

    private static String code(ApiClient.Response response) {
        return response.status() / 100 == 2 ? "" : response.json().path("code").asString("");
    }

    private static void expect(boolean condition, String what, ApiClient.Response response) {
        SimulationRun.expect(condition, what, response);
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
