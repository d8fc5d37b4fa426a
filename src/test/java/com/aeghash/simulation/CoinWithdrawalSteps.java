package com.aeghash.simulation;

import static com.aeghash.simulation.SimulationRun.expect;

import com.aeghash.sandbox.internal.hashdam.HashDamSimulator;
import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coin withdrawals paid through HashDam. {@code COIN_WITHDRAW}: the member app asks for a share of coins the model
 * knows a member has (the mining runs credited them), mostly approved at once by two distinct operators, so the payout
 * reaches HashDam; one in twelve asks for more than held (422 {@code insufficient_balance}). {@code HASHDAM_FAULT}: the
 * next {@code assetWithdrawRequest} is refused (once: retried; three times: failed), loses its answer after HashDam
 * acted (504, or no answer within the client's read timeout), or hangs (nothing executed); or HashDam's history is
 * unavailable for the next look-ups (alone, or after a lost answer: the withdrawal stays unknown although HashDam has
 * it). {@code COIN_RECONCILE}: a pass of the mining withdrawal reconciler (now, or a minute on), the withdrawal
 * reconciler on one coin withdrawal, or an operator's decision on an unknown mining withdrawal.
 */
final class CoinWithdrawalSteps {

    private final SimulationRun run;
    private final Model model;

    /** What the run knows of its coin payouts at HashDam. */
    static final class State {
        /** The run's start: HashDam's withdrawals from then on are this run's. */
        final Instant since;
        /** Payout reference → the mining withdrawal's status last read. */
        final Map<String, String> statuses = new HashMap<>();
        /** Payout reference → the HashDam withdrawId its mining withdrawal holds. */
        final Map<String, String> withdrawIds = new HashMap<>();

        State(Instant since) {
            this.since = since;
        }
    }

    CoinWithdrawalSteps(SimulationRun run) {
        this.run = run;
        this.model = run.model;
    }

    void execute(Op op) {
        switch (op.kind()) {
            case COIN_WITHDRAW -> request(op);
            case HASHDAM_FAULT -> fault(op);
            case COIN_RECONCILE -> reconcile(op);
            default -> throw new IllegalArgumentException(op.kind().toString());
        }
    }

    private void request(Op op) {
        List<String[]> holdings = new ArrayList<>();
        for (String member : model.members) {
            CoinWithdrawalChecks.available(run, member).forEach((coin, amount) -> {
                if (amount.signum() > 0) {
                    holdings.add(new String[] {member, coin});
                }
            });
        }
        if (holdings.isEmpty()) {
            return;
        }
        String[] pick = holdings.get(op.target() % holdings.size());
        BigDecimal available = CoinWithdrawalChecks.available(run, pick[0]).get(pick[1]);
        boolean tooMuch = op.amount() > 100;
        BigDecimal amount = tooMuch
                ? available.add(BigDecimal.ONE)
                : available
                        .multiply(BigDecimal.valueOf(op.amount()))
                        .divide(BigDecimal.valueOf(100), 8, RoundingMode.DOWN);
        if (amount.signum() <= 0) {
            return;
        }
        ApiClient.Response response = run.app
                .as(SimulatedApp.MEMBER_APP)
                .header("Idempotency-Key", "cwd-" + run.prefix + "-" + run.app.clock.millis() + "-" + op.target())
                .postJson(
                        "/api/v1/withdrawals",
                        Map.of("memberId", pick[0], "asset", pick[1], "amount", amount.toPlainString()));
        String code =
                response.status() / 100 == 4 ? response.json().path("code").asString("") : "";
        model.answers.merge("coin request " + response.status() + " " + code, 1, Integer::sum);
        if (response.status() == 201) {
            expect(!tooMuch, "coin withdrawal accepted beyond the model's " + available + " " + pick[1], response);
            Model.Withdrawal withdrawal = new Model.Withdrawal(
                    response.json().path("id").asLong(),
                    pick[0],
                    amount,
                    response.json().path("status").asString());
            withdrawal.asset = pick[1];
            model.withdrawals.add(withdrawal);
            if (op.choice() % 4 != 0) { // two distinct operators approve at once: the payout goes to HashDam
                int first = op.choice() % SimulationRun.APPROVERS.size();
                approve(withdrawal, SimulationRun.APPROVERS.get(first));
                approve(withdrawal, SimulationRun.APPROVERS.get((first + 1 + op.target() % 3) % 4));
            }
        } else if (code.equals("insufficient_balance")) {
            expect(tooMuch, "insufficient_balance although the model holds " + available + " " + pick[1], response);
        } else if (code.equals("risk_rejected")) {
            expect(!tooMuch, "risk_rejected for a request that is invalid anyway", response);
            Model.Withdrawal cancelled =
                    new Model.Withdrawal(response.json().path("withdrawalId").asLong(), pick[0], amount, "cancelled");
            cancelled.asset = pick[1];
            cancelled.cancelRequested = true;
            model.withdrawals.add(cancelled);
        } else {
            expect(response.status() / 100 == 4, "coin withdrawal request", response);
        }
    }

    private void approve(Model.Withdrawal withdrawal, String operator) {
        ApiClient.Response response =
                run.app.as(operator).post("/api/v1/withdrawals/" + withdrawal.id + "/approvals", "{}");
        expect(response.status() / 100 == 2 || response.status() / 100 == 4, "coin approval", response);
        if (response.status() / 100 == 2) {
            withdrawal.approvers.add(operator);
        }
    }

    /**
     * The next HashDam call(s) misbehave: {@code amount} 1 (one in five) makes the withdrawal request wait past the
     * client's read timeout, executed or not; otherwise a refusal, a lost answer, history look-ups failing, or both.
     */
    void fault(Op op) {
        if (op.amount() == 1) {
            plan(
                    "assetWithdrawRequest",
                    op.choice() % 2 == 0
                            ? "{\"hang\":true,\"times\":1}"
                            : "{\"dropResponse\":true,\"dropMode\":\"HANG\",\"times\":1}");
            return;
        }
        switch (op.choice() % 5) {
            case 0 -> plan("assetWithdrawRequest", refused(1));
            case 1 -> plan("assetWithdrawRequest", refused(3));
            case 2 ->
                plan("assetWithdrawRequest", "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}");
            case 3 -> {
                plan("assetWithdrawRequest", "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}");
                plan("assetWithdrawHistory", refused(2));
            }
            default -> plan("assetWithdrawHistory", refused(1 + op.target() % 3));
        }
    }

    private static String refused(int times) {
        return "{\"errorRate\":1,\"errorMessage\":\"Invalid API Key\",\"times\":" + times + "}";
    }

    private void plan(String method, String plan) {
        ApiClient.Response response = run.app.admin().put("/sandbox/faults/hashdam/" + method, plan);
        expect(response.status() / 100 == 2, "HashDam fault plan", response);
    }

    private void reconcile(Op op) {
        switch (op.choice() % 4) {
            case 0 -> miningReconciler();
            case 1 -> {
                run.app.clock.advance(Duration.ofSeconds(61)); // a submitted withdrawal is due a minute after sending
                miningReconciler();
            }
            case 2 -> {
                Model.Withdrawal withdrawal = recentCoinWithdrawal(op.target());
                if (withdrawal != null) {
                    ApiClient.Response response = run.app
                            .as(SimulatedApp.FIN_1)
                            .post("/api/v1/withdrawals/" + withdrawal.id + "/reconciliation", "{}");
                    expect(response.status() / 100 == 2 || response.status() / 100 == 4, "reconciliation", response);
                }
            }
            default -> new CoinDecisions(run).decide(op);
        }
    }

    private void miningReconciler() {
        ApiClient.Response response =
                run.app.as(SimulatedApp.OPS_2).post("/api/v1/mining/withdrawals/reconciliation", "");
        expect(response.status() == 200, "mining withdrawal reconciler", response);
    }

    private Model.Withdrawal recentCoinWithdrawal(int pick) {
        List<Model.Withdrawal> coins = model.withdrawals.stream()
                .filter(withdrawal -> !withdrawal.asset.equals("POINT"))
                .toList();
        return coins.isEmpty() ? null : coins.get(coins.size() - 1 - pick % Math.min(3, coins.size()));
    }

    /** The withdrawals HashDam executed since the run started (its own books, not its API: no fault applies). */
    static List<HashDamSimulator.ExecutedWithdrawal> executed(SimulationRun run) {
        return run.app.context().getBean(HashDamSimulator.class).withdrawals().stream()
                .filter(withdrawal -> !withdrawal.createdAt().isBefore(run.coins.since))
                .toList();
    }
}
