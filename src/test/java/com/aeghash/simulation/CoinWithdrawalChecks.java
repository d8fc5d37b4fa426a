package com.aeghash.simulation;

import static com.aeghash.simulation.Checks.expect;

import com.aeghash.sandbox.internal.hashdam.HashDamSimulator;
import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What must hold of the coin payouts after every step, read from the service and from HashDam's own books: every
 * payout reference reached HashDam at most once (per coin and amount, HashDam executed no more withdrawals this run
 * than the run's mining withdrawals that may have been sent: {@code submitting}, {@code submitted}, {@code completed},
 * {@code unknown}; an unknown one re-sent, or one declared failed that HashDam executed, shows here); every
 * {@code submitted} or {@code completed} one holds a withdrawId HashDam issued for that coin and amount, claimed by no
 * other; a final status ({@code completed}, {@code failed}) is never left; the withdrawal never says more than its
 * mining withdrawal (completed only when HashDam's is, failed only when it failed, nothing sent while pending,
 * rejected or cancelled); and each member's coins: available is what the mining runs credited less the withdrawals
 * held or paid, {@code withdrawalHold} exactly the ones held ({@link #balances}, with the balances' read).
 */
final class CoinWithdrawalChecks {

    private static final Set<String> FINAL = Set.of("completed", "failed");
    private static final Set<String> MAY_HAVE_BEEN_SENT = Set.of("submitting", "submitted", "completed", "unknown");
    private static final Set<String> NEVER_SENT = Set.of("pending", "approved_pending", "rejected", "cancelled");
    private final SimulationRun run;

    CoinWithdrawalChecks(SimulationRun run) {
        this.run = run;
    }

    void check() {
        Map<String, Integer> mayHaveBeenSent = new HashMap<>();
        Map<String, HashDamSimulator.ExecutedWithdrawal> byId = new HashMap<>();
        Map<String, Integer> executed = new TreeMap<>();
        for (HashDamSimulator.ExecutedWithdrawal withdrawal : CoinWithdrawalSteps.executed(run)) {
            byId.put(withdrawal.withdrawId(), withdrawal);
            executed.merge(key(withdrawal.coin(), withdrawal.amount()), 1, Integer::sum);
        }
        Set<String> claimed = new HashSet<>();
        for (Model.Withdrawal withdrawal : run.model.withdrawals) {
            if (withdrawal.asset.equals("POINT")) {
                continue;
            }
            String reference = CoinDecisions.reference(withdrawal);
            ApiClient.Response response = run.app.admin().get("/api/v1/mining/withdrawals/" + reference);
            if (response.status() == 404) {
                expect(
                        !run.coins.statuses.containsKey(reference),
                        reference + ": its mining withdrawal is gone (" + run.coins.statuses.get(reference) + ")");
                continue;
            }
            expect(response.status() == 200, reference + ": " + response.body());
            JsonNode row = response.json();
            String status = row.path("status").asString();
            String where = reference + " (" + withdrawal.asset + " " + withdrawal.amount.toPlainString()
                    + ", withdrawal " + withdrawal.status + ", at HashDam " + status + ")";
            expect(!NEVER_SENT.contains(withdrawal.status), where + ": sent although never approved to be");
            String before = run.coins.statuses.put(reference, status);
            expect(
                    before == null || !FINAL.contains(before) || before.equals(status),
                    where + " left its final status " + before);
            expect(!withdrawal.status.equals("completed") || status.equals("completed"), where + ": completed early");
            expect(!withdrawal.status.equals("failed") || status.equals("failed"), where + ": failed, HashDam's not");
            expect(
                    row.path("memberId").asString().equals(withdrawal.member)
                            && row.path("coin").asString().equals(withdrawal.asset)
                            && new BigDecimal(row.path("amount").asString()).compareTo(withdrawal.amount) == 0,
                    where + ": another member, coin or amount " + row);
            if (MAY_HAVE_BEEN_SENT.contains(status)) {
                mayHaveBeenSent.merge(key(withdrawal.asset, withdrawal.amount), 1, Integer::sum);
            }
            String withdrawId = row.path("withdrawId").asString("");
            if (status.equals("submitted") || status.equals("completed")) {
                HashDamSimulator.ExecutedWithdrawal atHashDam = byId.get(withdrawId);
                expect(
                        atHashDam != null
                                && atHashDam.coin().equals(withdrawal.asset)
                                && atHashDam.amount().compareTo(withdrawal.amount) == 0
                                && claimed.add(withdrawId),
                        where + " holds withdrawId " + withdrawId
                                + " that HashDam did not execute for it (or another payout holds)");
                run.coins.withdrawIds.put(reference, withdrawId);
            }
        }
        executed.forEach((coinAndAmount, count) -> expect(
                count <= mayHaveBeenSent.getOrDefault(coinAndAmount, 0),
                "HashDam executed " + count + " withdrawals of " + coinAndAmount + " this run; only "
                        + mayHaveBeenSent.getOrDefault(coinAndAmount, 0)
                        + " mining withdrawals of it may have been sent: " + run.coins.statuses));
    }

    /**
     * On the member's balances as read for the POINT check: per coin, {@code withdrawalHold} is the model's coin
     * withdrawals still held (the available side is {@link MiningSteps#check}'s, from {@link #out}).
     */
    static void holds(SimulationRun run, String member, Map<String, BigDecimal> holds) {
        Map<String, BigDecimal> held = sums(run, member, true);
        Map<String, BigDecimal> actual = new HashMap<>(holds);
        actual.remove("HASHPOWER");
        Set<String> coins = new HashSet<>(held.keySet());
        coins.addAll(actual.keySet());
        for (String coin : coins) {
            BigDecimal expected = held.getOrDefault(coin, BigDecimal.ZERO);
            expect(
                    actual.getOrDefault(coin, BigDecimal.ZERO).compareTo(expected) == 0,
                    member + " " + coin + " withdrawalHold is " + actual.get(coin) + ", the model expects "
                            + expected.toPlainString());
        }
    }

    /** Per coin, what the member's coin withdrawals took out of available: held, or paid out. */
    static Map<String, BigDecimal> out(SimulationRun run, String member) {
        return sums(run, member, false);
    }

    /** Per coin, what the model says the member can withdraw: credited by the mining runs, less what went out. */
    static Map<String, BigDecimal> available(SimulationRun run, String member) {
        Map<String, BigDecimal> available = new TreeMap<>();
        Map<String, BigDecimal> out = out(run, member);
        run.mining.coins.getOrDefault(member, Map.of()).forEach((coin, credited) -> {
            if (!coin.equals("HASHPOWER")) {
                available.put(coin, credited.subtract(out.getOrDefault(coin, BigDecimal.ZERO)));
            }
        });
        return available;
    }

    /** Adds what went out to the coins available as read: what the mining runs credited. */
    static Map<String, BigDecimal> credited(SimulationRun run, String member, Map<String, BigDecimal> read) {
        Map<String, BigDecimal> credited = new HashMap<>(read);
        out(run, member).forEach((coin, amount) -> credited.merge(coin, amount, BigDecimal::add));
        return credited;
    }

    private static Map<String, BigDecimal> sums(SimulationRun run, String member, boolean heldOnly) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Model.Withdrawal withdrawal : run.model.withdrawals) {
            if (withdrawal.member.equals(member)
                    && !withdrawal.asset.equals("POINT")
                    && (Model.HELD.contains(withdrawal.status)
                            || (!heldOnly && withdrawal.status.equals("completed")))) {
                sums.merge(withdrawal.asset, withdrawal.amount, BigDecimal::add);
            }
        }
        return sums;
    }

    private static String key(String coin, BigDecimal amount) {
        return coin + " " + amount.stripTrailingZeros().toPlainString();
    }
}
