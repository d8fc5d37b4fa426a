package com.aeghash.simulation;

import static com.aeghash.simulation.SimulationRun.expect;

import com.aeghash.sandbox.internal.hashdam.HashDamSimulator;
import com.aeghash.testsupport.ApiClient;
import java.util.List;
import java.util.Map;

/**
 * Operators decide an unknown mining withdrawal ({@code POST /api/v1/mining/withdrawals/{reference}/resolution}), as a
 * careful operator would after looking at HashDam's dashboard (the simulated vendor's own books): a withdrawal HashDam
 * executed of that coin and amount that no other payout holds is named by its withdrawId (200, adopted); otherwise the
 * withdrawal is declared failed (200 on HashDam's word, or 202 and a second operator approves; the maker itself may
 * not). Sometimes an account of a wrong role tries instead (MEMBER_APP, ADMIN: 403), or a withdrawId HashDam never
 * issued is offered (422 {@code withdraw_id_not_confirmed}). Whatever was decided, {@link CoinWithdrawalChecks} then
 * holds it to HashDam's books: nothing HashDam executed may be declared failed, nothing sent twice.
 */
final class CoinDecisions {

    private final SimulationRun run;

    CoinDecisions(SimulationRun run) {
        this.run = run;
    }

    void decide(Op op) {
        List<Model.Withdrawal> unknown = run.model.withdrawals.stream()
                .filter(withdrawal -> "unknown".equals(run.coins.statuses.get(reference(withdrawal))))
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        Model.Withdrawal withdrawal = unknown.get(op.target() % unknown.size());
        String path = "/api/v1/mining/withdrawals/" + reference(withdrawal) + "/resolution";
        int variant = (op.choice() / 4) % 6;
        if (variant == 0) {
            ApiClient client = op.target() % 2 == 0 ? run.app.as(SimulatedApp.MEMBER_APP) : run.app.admin();
            ApiClient.Response refused = client.postJson(path, Map.of("note", "wrong role"));
            expect(refused.status() == 403, "a wrong role (MEMBER_APP, ADMIN) deciding " + path, refused);
            run.model.answered("coin decision wrong role", refused);
            return;
        }
        String operator = SimulationRun.APPROVERS.get(op.choice() % 4);
        if (variant == 1) {
            ApiClient.Response refused =
                    run.app.as(operator).postJson(path, Map.of("withdrawId", "wd-0-0", "note", "from memory"));
            expect(
                    refused.status() == 422 || refused.status() == 502 || refused.status() == 409,
                    "a withdrawId HashDam never issued",
                    refused);
            run.model.answered("coin decision unissued withdrawId", refused);
            return;
        }
        String withdrawId = unclaimedAtHashDam(withdrawal);
        ApiClient.Response response = withdrawId != null
                ? run.app
                        .as(operator)
                        .postJson(path, Map.of("withdrawId", withdrawId, "note", "on HashDam's dashboard"))
                : run.app.as(operator).postJson(path, Map.of("note", "not on HashDam's dashboard"));
        run.model.answered("coin decision " + (withdrawId != null ? "identified" : "declared failed"), response);
        // 409: the reconciler or the other instance decided it meanwhile; 502: HashDam's history is unavailable
        expect(
                response.status() == 200
                        || response.status() == 202
                        || response.status() == 409
                        || response.status() == 502,
                "resolution of " + reference(withdrawal),
                response);
        if (response.status() == 202) {
            approve(response.json().path("id").asLong(), operator, op.target());
        }
    }

    /** The maker may not approve its own request; a different approver does. */
    private void approve(long request, String maker, int pick) {
        String path = "/api/v1/approval-requests/" + request + "/approvals";
        ApiClient.Response own = run.app.as(maker).post(path, "{}");
        expect(own.status() / 100 == 4, "the maker approving its own decision", own);
        int makerIndex = SimulationRun.APPROVERS.indexOf(maker);
        String checker = SimulationRun.APPROVERS.get((makerIndex + 1 + pick % 3) % 4);
        ApiClient.Response approved = run.app.as(checker).post(path, "{}");
        run.model.answered("coin decision approval", approved);
        expect(approved.status() / 100 == 2 || approved.status() == 409, "a second operator's approval", approved);
    }

    /** A withdrawal HashDam executed this run of the coin and amount that no payout of the run holds. */
    private String unclaimedAtHashDam(Model.Withdrawal withdrawal) {
        return CoinWithdrawalSteps.executed(run).stream()
                .filter(executed -> executed.coin().equals(withdrawal.asset)
                        && executed.amount().compareTo(withdrawal.amount) == 0
                        && !run.coins.withdrawIds.containsValue(executed.withdrawId()))
                .map(HashDamSimulator.ExecutedWithdrawal::withdrawId)
                .findFirst()
                .orElse(null);
    }

    static String reference(Model.Withdrawal withdrawal) {
        return "withdrawal:" + withdrawal.id;
    }
}
