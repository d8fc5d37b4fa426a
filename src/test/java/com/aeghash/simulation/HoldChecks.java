package com.aeghash.simulation;

import static com.aeghash.simulation.Checks.expect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every hold released or settled exactly once, read from the ledger's own rows rather than through balances: every
 * posting to a member's {@code withdrawal_hold} bucket of the run belongs to a hold entry ({@code <payout>:hold}, the
 * amount in) or to its one settlement ({@code <payout>:clear}) or release ({@code <payout>:release}) taking out
 * exactly that amount; never both, never one without its hold. Per member, the holds still open, settled and released
 * are (as multisets of amounts, per asset: POINT and the coins) the model's withdrawals still held, completed, and
 * rejected, cancelled or failed.
 */
final class HoldChecks {

    private static final List<String> SUFFIXES = List.of(":hold", ":clear", ":release");
    private final SimulationRun run;

    HoldChecks(SimulationRun run) {
        this.run = run;
    }

    /** One hold as the ledger shows it: its amount in, and what took it out (each with its posting count). */
    private static final class Hold {
        final String member;
        final String asset;
        final Map<String, BigDecimal> sums = new HashMap<>();
        final Map<String, Integer> postings = new HashMap<>();

        Hold(String member, String asset) {
            this.member = member;
            this.asset = asset;
        }

        String state() {
            return postings.containsKey(":clear") ? "settled" : postings.containsKey(":release") ? "released" : "open";
        }
    }

    void check() {
        Map<String, Hold> holds = new HashMap<>();
        for (Object[] posting : postings()) {
            String reference = (String) posting[1];
            String suffix =
                    SUFFIXES.stream().filter(reference::endsWith).findFirst().orElse(null);
            expect(
                    suffix != null,
                    "a posting of " + posting[2] + " to the withdrawal hold of " + posting[0] + " by " + reference
                            + ", which is no hold, settlement or release");
            Hold hold = holds.computeIfAbsent(
                    reference.substring(0, reference.length() - suffix.length()),
                    base -> new Hold((String) posting[0], (String) posting[3]));
            hold.sums.merge(suffix, (BigDecimal) posting[2], BigDecimal::add);
            hold.postings.merge(suffix, 1, Integer::sum);
        }
        Map<String, List<BigDecimal>> actual = new HashMap<>();
        holds.forEach((base, hold) -> {
            String where = "hold " + base + " of " + hold.member + " " + hold.sums;
            expect(
                    hold.postings.getOrDefault(":hold", 0) == 1
                            && hold.sums.get(":hold").signum() > 0,
                    where + ": not exactly one hold posting in");
            expect(
                    hold.postings.getOrDefault(":clear", 0) + hold.postings.getOrDefault(":release", 0) <= 1,
                    where + ": settled or released more than once");
            BigDecimal out = hold.sums.getOrDefault(":clear", hold.sums.getOrDefault(":release", null));
            expect(
                    out == null || out.negate().compareTo(hold.sums.get(":hold")) == 0,
                    where + ": taken out by another amount than held");
            actual.computeIfAbsent(hold.member + " " + hold.asset + " " + hold.state(), key -> new ArrayList<>())
                    .add(hold.sums.get(":hold").stripTrailingZeros());
        });
        Map<String, List<BigDecimal>> expected = new HashMap<>();
        for (Model.Withdrawal withdrawal : run.model.withdrawals) {
            String state = Model.HELD.contains(withdrawal.status)
                    ? "open"
                    : withdrawal.status.equals("completed")
                            ? "settled"
                            : Model.RELEASED.contains(withdrawal.status) ? "released" : null;
            if (state != null) {
                expected.computeIfAbsent(
                                withdrawal.member + " " + withdrawal.asset + " " + state, key -> new ArrayList<>())
                        .add(withdrawal.amount.stripTrailingZeros());
            }
        }
        actual.values().forEach(amounts -> amounts.sort(BigDecimal::compareTo));
        expected.values().forEach(amounts -> amounts.sort(BigDecimal::compareTo));
        expect(
                actual.equals(expected),
                "withdrawal holds by member and state are " + actual + ", the model's withdrawals expect " + expected);
    }

    private List<Object[]> postings() {
        return run.app
                .context()
                .getBean(JdbcClient.class)
                .sql("""
                        SELECT a.owner_id, e.reference, p.amount, a.asset FROM ledger_postings p
                        JOIN ledger_accounts a ON a.id = p.account_id
                        JOIN ledger_entries e ON e.id = p.entry_id
                        WHERE a.owner_type = 'MEMBER' AND a.bucket = 'WITHDRAWAL_HOLD' AND a.owner_id LIKE :members""")
                .param("members", run.prefix + "-m%")
                .query((row, index) ->
                        new Object[] {row.getString(1), row.getString(2), row.getBigDecimal(3), row.getString(4)})
                .list();
    }
}
