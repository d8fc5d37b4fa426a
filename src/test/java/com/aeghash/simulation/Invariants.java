package com.aeghash.simulation;

import static com.aeghash.simulation.Checks.expect;
import static com.aeghash.simulation.Checks.pause;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.sandbox.internal.mblock.SimulatedReceipt;
import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What must hold after every step, read from the service (its API) and from the simulated vendor: the ledger's own
 * invariant scan (sums per asset and entry, cached balances, no negative member bucket), every member's POINT
 * balances against the {@link Model}, the bonus entries of the orders the step touched (one effect per accepted key,
 * each in the status the model expects), the withdrawals' statuses (reached legally, terminal ones never left) and
 * audit trails, and the tokens that reached each member's wallet on the simulated chain (never more than the
 * withdrawals that may have been paid: a payout sent twice shows there).
 */
final class Invariants {

    static final String POINT_TOKEN = "0xa3a5400000000000000000000000000000000001";
    private static final Set<String> TERMINAL = Set.of("completed", "rejected", "cancelled", "failed");
    private static final Set<String> BEYOND_TWO_APPROVALS =
            Set.of("approved", "executing", "submitted", "completed", "unknown", "failed");
    private static final int SETTLE_ATTEMPTS = 20;
    private final SimulationRun run;
    private final Model model;
    private final WithdrawalRows withdrawalRows = new WithdrawalRows();
    private boolean everyMember;

    Invariants(SimulationRun run) {
        this.run = run;
        this.model = run.model;
    }

    void afterStep(Collection<Model.Order> touchedOrders) {
        afterStep(touchedOrders, false);
    }

    /**
     * After a step every member's balances are compared from the ledger's rows; with {@code everyMember} (the end of
     * each run) through the API.
     */
    private void afterStep(Collection<Model.Order> touchedOrders, boolean everyMember) {
        this.everyMember = everyMember;
        Timings timings = run.app.timings;
        timings.time("check settled balances", this::settledBalances);
        timings.time("check ledger scan", this::ledgerScan);
        timings.time("check wallets", new WalletChecks(run)::afterStep);
        timings.time("check order entries", () -> touchedOrders.forEach(this::bonusEntries));
    }

    /**
     * The balances and the vendor's tokens against the model once the withdrawals have settled. A payout's completion
     * arrives as an event after the approval answered, so a difference is read again for up to a second (the
     * statuses too) before it counts: a real difference stays.
     */
    private void settledBalances() {
        for (int attempt = 1; ; attempt++) {
            Timings timings = run.app.timings;
            timings.time("check withdrawals", this::settleWithdrawals);
            try {
                timings.time("check holds", new HoldChecks(run)::check);
                timings.time("check balances", this::balances);
                timings.time("check chain", this::chain);
                timings.time("check coin withdrawals", new CoinWithdrawalChecks(run)::check);
                return;
            } catch (AssertionError difference) {
                if (attempt == SETTLE_ATTEMPTS) {
                    throw difference;
                }
                pause();
                pause();
            }
        }
    }

    void atEnd() {
        for (Model.Withdrawal withdrawal : model.withdrawals) {
            withdrawal(withdrawal);
        }
        afterStep(model.orders, true);
    }

    /**
     * Reads the withdrawals until two reads agree (a payout may complete just after its answer): their status, amount
     * and audit trail rows in one query ({@link WithdrawalRows}), and through the API (which the checks read) each one
     * whose rows changed since its last read there; an unchanged one passed those checks with the same rows.
     */
    private void settleWithdrawals() {
        for (int attempt = 0; attempt < 40; attempt++) {
            boolean changed = false;
            for (Model.Withdrawal withdrawal : withdrawalRows.changed(run, model.withdrawals)) {
                changed |= withdrawal(withdrawal);
            }
            if (!changed) {
                return;
            }
            pause();
        }
        throw new AssertionError("withdrawals still changing after 40 reads");
    }

    /** Reads one withdrawal, checks how it got there and its trail; true when its status changed. */
    private boolean withdrawal(Model.Withdrawal withdrawal) {
        ApiClient.Response response = run.app.admin().get("/api/v1/withdrawals/" + withdrawal.id);
        expect(response.status() == 200, "withdrawal " + withdrawal.id + ": " + response.body());
        JsonNode view = response.json();
        String status = view.path("status").asString();
        String before = withdrawal.status;
        expect(
                !TERMINAL.contains(before) || before.equals(status),
                "withdrawal " + withdrawal.id + " left its final status " + before + " for " + status);
        expect(
                !BEYOND_TWO_APPROVALS.contains(status) || withdrawal.approvers.size() >= 2,
                "withdrawal " + withdrawal.id + " is " + status + " after approvals by " + withdrawal.approvers);
        expect(
                !status.equals("rejected") || withdrawal.rejectRequested,
                "withdrawal " + withdrawal.id + " rejected without a rejection");
        expect(
                !status.equals("cancelled") || withdrawal.cancelRequested,
                "withdrawal " + withdrawal.id + " cancelled without a cancellation");
        expect(
                new BigDecimal(view.path("amount").asString()).compareTo(withdrawal.amount) == 0,
                "withdrawal " + withdrawal.id + " amount " + view.path("amount"));
        auditTrail(withdrawal.id, status, view.path("auditTrail"));
        withdrawal.status = status;
        return !status.equals(before);
    }

    private void auditTrail(long id, String status, JsonNode trail) {
        List<String> actions = new ArrayList<>();
        trail.forEach(line -> actions.add(line.path("action").asString()));
        String where = "withdrawal " + id + " (" + status + ") trail " + actions;
        expect(!actions.isEmpty() && actions.get(0).equals("requested"), where + " does not start with requested");
        expect(
                trail.get(trail.size() - 1).path("statusAfter").asString().equals(status),
                where + " ends in " + trail.get(trail.size() - 1).path("statusAfter"));
        for (String once : List.of("requested", "approved_stage1", "approved", "executing", "completed", "rejected")) {
            expect(actions.stream().filter(once::equals).count() <= 1, where + ": " + once + " more than once");
        }
        if (TERMINAL.contains(status) && !status.equals("cancelled")) {
            expect(entered(trail, status), where + " lacks " + status);
        }
    }

    /**
     * Whether a line of the trail entered the final status: by its own action, or as {@code reconciled} when the
     * reconciler learned it from the vendor (docs/modules/withdrawal.md), e.g. when a reconciliation pass reached a
     * submitted payout before its completion event did.
     */
    private static boolean entered(JsonNode trail, String status) {
        for (JsonNode line : trail) {
            String action = line.path("action").asString();
            if (line.path("statusAfter").asString().equals(status)
                    && (action.equals(status) || action.equals("reconciled"))) {
                return true;
            }
        }
        return false;
    }

    private void ledgerScan() {
        ApiClient.Response scan = run.app.as(SimulatedApp.OPS_1).get("/api/v1/ops/ledger/invariants");
        expect(scan.status() == 200, "ledger scan " + scan.status() + " " + scan.body());
        expect(
                scan.json().path("violations").isEmpty(),
                "ledger invariants violated: " + scan.json().path("violations"));
    }

    /**
     * The one place the service's balances are compared with the model (POINT here, hash power and coins through
     * {@link MiningSteps#check}), for every member of the run: after a step from the ledger's cached balances in one
     * query ({@link BalanceRows}), at the end of a run through the API ({@code /balances} and {@code /bonus-debt}).
     * Work the service posts later (asynchronous partner-order bonus credits) must be drained at the start of this
     * method, before the balances are read.
     */
    private void balances() {
        // the credit poster's job (schedules are off in the simulated app): post what orders queued
        run.app.context().getBean(BonusCredits.class).postOutstanding();
        BalanceRows rows = everyMember ? null : BalanceRows.read(run);
        model.expectedBalances().forEach((member, expected) -> {
            BigDecimal[] actual;
            if (rows != null) {
                new MiningSteps(run).check(member, rows.coins(member), rows.coinHolds(member));
                actual = rows.point(member);
            } else {
                actual = balancesThroughTheApi(member);
            }
            String[] names = {"available - bonus debt", "pending", "withdrawalHold"};
            for (int bucket = 0; bucket < 3; bucket++) {
                expect(
                        actual[bucket].compareTo(expected[bucket]) == 0,
                        member + " POINT " + names[bucket] + " is " + actual[bucket].toPlainString()
                                + ", the model expects " + expected[bucket].toPlainString());
            }
        });
    }

    /** The member's POINT available minus bonus debt, pending and withdrawal hold, as the API answers them. */
    private BigDecimal[] balancesThroughTheApi(String member) {
        ApiClient.Response response = run.app.admin().get("/api/v1/members/" + member + "/balances");
        expect(response.status() == 200, "balances of " + member + ": " + response.body());
        new MiningSteps(run).check(member, response.json());
        BigDecimal[] actual = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (JsonNode balance : response.json().path("balances")) {
            if (balance.path("asset").asString().equals("POINT")) {
                actual[0] = new BigDecimal(balance.path("available").asString());
                actual[1] = new BigDecimal(balance.path("pending").asString());
                actual[2] = new BigDecimal(balance.path("withdrawalHold").asString());
            }
        }
        actual[0] = actual[0].subtract(debtOf(member));
        return actual;
    }

    private BigDecimal debtOf(String member) {
        ApiClient.Response response = run.app.admin().get("/api/v1/members/" + member + "/bonus-debt");
        expect(response.status() == 200, "bonus debt of " + member + ": " + response.body());
        return new BigDecimal(response.json().path("debt").asString());
    }

    /** The entries of one accepted order paid to members of this run: exactly the model's, in its statuses. */
    private void bonusEntries(Model.Order order) {
        String reference = PartnerCalls.PARTNER + ":" + order.orderId;
        ApiClient.Response response = run.app.admin().get("/api/v1/bonus/orders/" + reference + "/entries");
        expect(response.status() == 200, "entries of " + reference + ": " + response.body());
        Map<String, Integer> actual = new HashMap<>();
        JsonNode items = response.json().has("items") ? response.json().path("items") : response.json();
        for (JsonNode entry : items) {
            String beneficiary = entry.path("beneficiaryMemberId").asString();
            if (model.members.contains(beneficiary)) {
                actual.merge(
                        entry.path("type").asString() + "/"
                                + entry.path("level").asInt() + "/" + beneficiary + "/"
                                + new BigDecimal(entry.path("amount").asString())
                                        .stripTrailingZeros()
                                        .toPlainString() + "/"
                                + entry.path("status").asString(),
                        1,
                        Integer::sum);
            }
        }
        Map<String, Integer> expected = new HashMap<>();
        for (Model.Entry entry : order.entries) {
            expected.merge(
                    entry.type + "/" + entry.level + "/" + entry.beneficiary + "/"
                            + entry.amount.stripTrailingZeros().toPlainString() + "/" + entry.status,
                    1,
                    Integer::sum);
        }
        expect(
                actual.equals(expected),
                "bonus entries of " + reference + " are " + actual + ", the model expects " + expected);
    }

    /**
     * Tokens paid into each member wallet (the treasury's transfers to it; the member may have sent them on since): at
     * least the completed payouts, at most those that may have been sent.
     */
    private void chain() {
        SimulatedChain chain = run.app.context().getBean(SimulatedChain.class);
        model.wallets.forEach((member, address) -> {
            BigDecimal completed = BigDecimal.ZERO;
            BigDecimal mayHaveBeenSent = BigDecimal.ZERO;
            int withdrawals = 0;
            for (Model.Withdrawal withdrawal : model.withdrawals) {
                if (!withdrawal.member.equals(member) || !withdrawal.asset.equals("POINT")) {
                    continue;
                }
                withdrawals++;
                if (withdrawal.status.equals("completed")) {
                    completed = completed.add(withdrawal.amount);
                }
                if (Set.of("completed", "executing", "submitted", "unknown", "approved")
                        .contains(withdrawal.status)) {
                    mayHaveBeenSent = mayHaveBeenSent.add(withdrawal.amount);
                }
            }
            List<SimulatedReceipt> payouts = chain.receiptsOf(address).stream()
                    .filter(receipt -> receipt.kind().equals("transfer")
                            && receipt.to().equalsIgnoreCase(address)
                            && POINT_TOKEN.equals(receipt.token()))
                    .toList();
            BigDecimal onChain =
                    payouts.stream().map(SimulatedReceipt::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            long transfers = payouts.size();
            expect(
                    onChain.compareTo(completed) >= 0 && onChain.compareTo(mayHaveBeenSent) <= 0,
                    member + " wallet received " + onChain.toPlainString() + " POINT tokens; completed payouts "
                            + completed.toPlainString() + ", at most " + mayHaveBeenSent.toPlainString()
                            + " may have been sent; its receipts " + chain.receiptsOf(address));
            expect(
                    transfers <= withdrawals,
                    member + " wallet received " + transfers + " transfers for " + withdrawals + " withdrawals");
        });
    }
}
