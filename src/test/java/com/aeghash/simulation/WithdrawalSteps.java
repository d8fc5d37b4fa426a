package com.aeghash.simulation;

import static com.aeghash.simulation.SimulationRun.expect;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.withdrawal.internal.WithdrawalReconcilerPass;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The withdrawal operations of a run: requests by the member app, approvals by random operators (two distinct ones
 * are needed), rejections, cancellations, vendor faults on the simulated MBlock, and reconciler passes.
 */
final class WithdrawalSteps {

    private final SimulationRun run;
    private final Model model;

    WithdrawalSteps(SimulationRun run) {
        this.run = run;
        this.model = run.model;
    }

    void execute(Op op) {
        switch (op.kind()) {
            case WITHDRAW -> request(op);
            case APPROVE -> decide(op, "approvals", "{}");
            case REJECT -> decide(op, "rejections", "{\"reason\":\"simulated rejection\"}");
            case CANCEL -> cancel(op);
            default -> throw new IllegalArgumentException(op.kind().toString());
        }
    }

    private void request(Op op) {
        String member = run.moneyMember(op.target());
        BigDecimal available = model.available(member);
        boolean tooMuch = op.amount() > 100;
        BigDecimal amount = tooMuch
                ? available.add(BigDecimal.ONE).setScale(2, RoundingMode.DOWN)
                : available
                        .multiply(BigDecimal.valueOf(op.amount()))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        if (amount.signum() <= 0) {
            return;
        }
        ApiClient.Response response = run.app
                .as(SimulatedApp.MEMBER_APP)
                .header("Idempotency-Key", "wd-" + run.prefix + "-" + run.app.clock.millis() + "-" + op.target())
                .postJson(
                        "/api/v1/withdrawals",
                        Map.of("memberId", member, "asset", "POINT", "amount", amount.toPlainString()));
        String code =
                response.status() / 100 == 4 ? response.json().path("code").asString("") : "";
        boolean walletMissing = !model.wallets.containsKey(member);
        model.answers.merge("request " + response.status() + " " + code, 1, Integer::sum);
        if (response.status() == 201) {
            expect(!tooMuch && !walletMissing, "withdrawal accepted beyond the model's balance or wallet", response);
            long id = response.json().path("id").asLong();
            model.withdrawals.add(new Model.Withdrawal(
                    id, member, amount, response.json().path("status").asString()));
        } else if (code.equals("insufficient_balance")) {
            expect(tooMuch, "insufficient_balance although the model holds " + available, response);
        } else if (code.equals("member_wallet_missing")) {
            expect(walletMissing, "member_wallet_missing although a wallet was created", response);
        } else if (code.equals("risk_rejected")) {
            expect(!tooMuch && !walletMissing, "risk_rejected for a request that is invalid anyway", response);
            long id = response.json().path("withdrawalId").asLong();
            Model.Withdrawal cancelled = new Model.Withdrawal(id, member, amount, "cancelled");
            cancelled.cancelRequested = true;
            model.withdrawals.add(cancelled);
        } else {
            expect(response.status() / 100 == 4, "withdrawal request", response);
        }
    }

    private void decide(Op op, String decision, String body) {
        if (model.withdrawals.isEmpty()) {
            return;
        }
        Model.Withdrawal withdrawal = recent(op.target());
        String operator = SimulationRun.APPROVERS.get(op.choice() % SimulationRun.APPROVERS.size());
        ApiClient.Response response =
                run.app.as(operator).post("/api/v1/withdrawals/" + withdrawal.id + "/" + decision, body);
        expect(response.status() / 100 == 2 || response.status() / 100 == 4, decision, response);
        model.answers.merge(
                decision + " " + response.status() + " "
                        + (response.status() / 100 == 4
                                ? response.json().path("code").asString("")
                                : ""),
                1,
                Integer::sum);
        if (response.status() / 100 == 2) {
            if (decision.equals("approvals")) {
                withdrawal.approvers.add(operator);
            } else {
                withdrawal.rejectRequested = true;
            }
        }
    }

    private void cancel(Op op) {
        if (model.withdrawals.isEmpty()) {
            return;
        }
        Model.Withdrawal withdrawal = recent(op.target());
        ApiClient.Response response = run.app
                .as(SimulatedApp.MEMBER_APP)
                .post("/api/v1/withdrawals/" + withdrawal.id + "/cancellation", "{\"reason\":\"simulated\"}");
        expect(response.status() / 100 == 2 || response.status() / 100 == 4, "cancellation", response);
        if (response.status() / 100 == 2) {
            withdrawal.cancelRequested = true;
        }
    }

    /**
     * One of the three latest withdrawals: decisions go mostly to recent requests, as operators work a queue, so
     * that withdrawals get both approvals and reach the vendor within a short run.
     */
    private Model.Withdrawal recent(int pick) {
        int size = model.withdrawals.size();
        return model.withdrawals.get(size - 1 - pick % Math.min(3, size));
    }

    /**
     * The next MBlock call of a method misbehaves once: an unclear error, a lost answer, a definite error, or (amount
     * 1) no answer at all within the client's read timeout.
     */
    void fault(Op op) {
        String plan = op.amount() == 1
                ? "{\"hang\":true,\"times\":1}"
                : switch (op.choice() % 4) {
                    case 0 ->
                        "{\"errorRate\":1,\"errorMessage\":\"Request Time out, Transaction receipt not found.\","
                                + "\"times\":1}";
                    case 1 -> "{\"dropResponse\":true,\"dropMode\":\"GATEWAY_ERROR\",\"times\":1}";
                    case 2 -> "{\"errorRate\":1,\"errorMessage\":\"Insufficient Balance\",\"times\":1}";
                    default ->
                        "{\"errorRate\":1,\"errorMessage\":\"Request Time out, Transaction receipt not found.\","
                                + "\"times\":2}";
                };
        String method = op.target() % 3 == 0
                ? "receiptByHash"
                : op.target() % 5 == 0 ? "transitByWalletKey" : "transferByWalletKey";
        ApiClient.Response response = run.app.admin().put("/sandbox/faults/mblock/" + method, plan);
        expect(response.status() / 100 == 2, "fault plan", response);
    }

    /** A pass of the wallet reconciler, of the withdrawal reconciler, or one withdrawal reconciled on demand. */
    void reconcile(Op op) {
        switch (op.choice() % 3) {
            case 0 -> {
                ApiClient.Response response = run.app.as(SimulatedApp.OPS_1).post("/api/v1/wallet-janitor/runs", "");
                expect(response.status() == 200, "wallet reconciler", response);
            }
            case 1 -> WithdrawalReconcilerPass.run(run.app.context(), run.app.clock.instant());
            default -> {
                if (model.withdrawals.isEmpty()) {
                    return;
                }
                Model.Withdrawal withdrawal = recent(op.target());
                ApiClient.Response response = run.app
                        .as(SimulatedApp.OPS_1)
                        .post("/api/v1/withdrawals/" + withdrawal.id + "/reconciliation", "{}");
                expect(response.status() / 100 == 2 || response.status() / 100 == 4, "reconciliation", response);
            }
        }
    }
}
