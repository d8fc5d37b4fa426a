package com.aeghash.simulation;

import static com.aeghash.simulation.SimulationRun.expect;

import com.aeghash.sandbox.internal.mblock.SimulatedReceipt;
import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code WALLET_DECISION}: operators decide an unknown wallet transfer of the run (a member's, or the treasury's payout
 * into a member's wallet) through {@code POST /api/v1/wallet-transactions/{id}/resolution}, as a careful operator
 * would after looking at the chain explorer (the simulated chain): a transfer from that wallet to that recipient of
 * that amount and token that no transaction holds yet is named by its txid ({@code succeeded}, 200 once MBlock's
 * receipt matches); with none, the transfer is declared {@code failed} (200 on the chain's word, else 202 and a second
 * operator approves; the maker itself may not). Sometimes an account of the wrong role tries first (MEMBER_APP, ADMIN:
 * 403), or a txid the chain never saw is offered (422 {@code txid_not_confirmed}). Afterwards the transaction must be
 * what the chain shows: submitted with that txid, or failed with no such transfer on the chain; WalletChecks and the
 * payout check then hold it to one send. Unknown transits are not decided here (see docs/simulation.md).
 */
final class WalletDecisionSteps {

    private static final String NEVER_SEEN = "0x" + "5e".repeat(32);
    private final SimulationRun run;

    WalletDecisionSteps(SimulationRun run) {
        this.run = run;
    }

    void execute(Op op) {
        List<JsonNode> unknown = unknownTransfersOfTheRun();
        if (unknown.isEmpty()) {
            return;
        }
        JsonNode transaction = unknown.get(op.target() % unknown.size());
        long id = transaction.path("id").asLong();
        String path = "/api/v1/wallet-transactions/" + id + "/resolution";
        int variant = (op.choice() / 4) % 6;
        if (variant == 0) {
            ApiClient client = op.target() % 2 == 0 ? run.app.as(SimulatedApp.MEMBER_APP) : run.app.admin();
            ApiClient.Response refused = client.postJson(path, Map.of("outcome", "failed", "note", "wrong role"));
            expect(refused.status() == 403, "a wrong role deciding wallet transaction " + id, refused);
            run.model.answered("wallet decision wrong role", refused);
            return;
        }
        String operator = SimulationRun.APPROVERS.get(op.choice() % 4);
        if (variant == 1) {
            ApiClient.Response refused = run.app
                    .as(operator)
                    .postJson(path, Map.of("outcome", "succeeded", "txid", NEVER_SEEN, "note", "from memory"));
            expect(refused.status() == 422 || refused.status() == 409, "a txid the chain never saw for " + id, refused);
            run.model.answered("wallet decision unseen txid", refused);
            return;
        }
        if (variant == 5 && heldByAnother(transaction, operator)) {
            return;
        }
        String txid = onTheChain(transaction, false);
        ApiClient.Response response = txid != null
                ? run.app
                        .as(operator)
                        .postJson(path, Map.of("outcome", "succeeded", "txid", txid, "note", "on the explorer"))
                : run.app.as(operator).postJson(path, Map.of("outcome", "failed", "note", "not on the explorer"));
        run.model.answered("wallet decision " + (txid != null ? "succeeded" : "failed"), response);
        // 409: the reconciler (or the other instance) settled it meanwhile
        expect(
                response.status() == 200 || response.status() == 202 || response.status() == 409,
                "decision on wallet transaction " + id,
                response);
        if (response.status() == 202) {
            approve(response.json().path("id").asLong(), operator, op.target());
        }
        if (response.status() != 409) {
            matchesTheChain(id, txid);
        }
    }

    /** After the decision: submitted with the chain's txid, or failed with no such transfer on the chain. */
    private void matchesTheChain(long id, String txid) {
        ApiClient.Response after = run.app.admin().get("/api/v1/wallet-transactions/" + id);
        expect(after.status() == 200, "wallet transaction " + id, after);
        String status = after.json().path("status").asString();
        if (txid == null) {
            expect(status.equals("failed"), "wallet transaction " + id + " decided failed", after);
            expect(
                    onTheChain(after.json(), false) == null,
                    "wallet transaction " + id + " failed, on the chain",
                    after);
        } else {
            expect(
                    status.equals("submitted")
                            && txid.equalsIgnoreCase(after.json().path("txid").asString("")),
                    "wallet transaction " + id + " decided succeeded with " + txid,
                    after);
        }
    }

    private void approve(long request, String maker, int pick) {
        String path = "/api/v1/approval-requests/" + request + "/approvals";
        ApiClient.Response own = run.app.as(maker).post(path, "{}");
        expect(own.status() / 100 == 4, "the maker approving its own wallet decision", own);
        String checker = SimulationRun.APPROVERS.get((SimulationRun.APPROVERS.indexOf(maker) + 1 + pick % 3) % 4);
        ApiClient.Response approved = run.app.as(checker).post(path, "{}");
        run.model.answered("wallet decision approval", approved);
        expect(approved.status() / 100 == 2, "a second operator's approval of a wallet decision", approved);
    }

    /** The unknown transfers out of the run's member wallets, and the treasury's into them. */
    private List<JsonNode> unknownTransfersOfTheRun() {
        ApiClient.Response queue = run.app.admin().get("/api/v1/wallet-transactions/unknown?limit=100");
        expect(queue.status() == 200, "the unknown wallet transactions", queue);
        Set<String> wallets = new HashSet<>();
        run.model.wallets.values().forEach(address -> wallets.add(address.toLowerCase(Locale.ROOT)));
        List<JsonNode> ours = new ArrayList<>();
        for (JsonNode transaction : queue.json().path("items")) {
            String member = transaction.path("memberId").asString("");
            String to = transaction.path("to").asString("").toLowerCase(Locale.ROOT);
            boolean runs = member.isEmpty() ? wallets.contains(to) : run.model.members.contains(member);
            if (runs && transaction.path("kind").asString().equalsIgnoreCase("transfer")) {
                ours.add(transaction);
            }
        }
        return ours;
    }

    /**
     * An operator offers the txid of a transfer on the explorer that matches this one (wallet, recipient, amount) but
     * that another transaction already holds: it proves nothing of this one and must be refused (422
     * {@code txid_not_confirmed}, or 409 when it changed meanwhile); accepted, one send would settle two transfers.
     * False when the chain shows no such transfer.
     */
    private boolean heldByAnother(JsonNode transaction, String operator) {
        String txid = onTheChain(transaction, true);
        if (txid == null) {
            return false;
        }
        long id = transaction.path("id").asLong();
        ApiClient.Response refused = run.app
                .as(operator)
                .postJson(
                        "/api/v1/wallet-transactions/" + id + "/resolution",
                        Map.of("outcome", "succeeded", "txid", txid, "note", "the explorer's, another's"));
        run.model.answered("wallet decision held txid", refused);
        expect(
                refused.status() == 422 || refused.status() == 409,
                "wallet transaction " + id + " decided with " + txid + ", which another transaction holds",
                refused);
        return true;
    }

    /**
     * A transfer on the simulated chain that could be this one (wallet, recipient, amount, token) and that no other
     * wallet transaction holds ({@code held} false) or that one does ({@code held} true); else null.
     */
    private String onTheChain(JsonNode transaction, boolean held) {
        String from = transaction.path("fromAddress").asString("");
        String to = transaction.path("to").asString("");
        String token = transaction.path("contract").asString("");
        BigDecimal amount = new BigDecimal(transaction.path("amount").asString("0"));
        Set<String> taken = heldTxids();
        List<SimulatedReceipt> receipts = new WalletSteps(run).chain().receiptsOf(to);
        return receipts.stream()
                .filter(receipt -> receipt.kind().equals("transfer")
                        && receipt.to().equalsIgnoreCase(to)
                        && (from.isEmpty() || receipt.from().equalsIgnoreCase(from))
                        && (token.isEmpty() || token.equalsIgnoreCase(receipt.token()))
                        && receipt.amount().compareTo(amount) == 0
                        && taken.contains(receipt.txid().toLowerCase(Locale.ROOT)) == held)
                .map(SimulatedReceipt::txid)
                .findFirst()
                .orElse(null);
    }

    private Set<String> heldTxids() {
        Set<String> held = new HashSet<>();
        run.app
                .context()
                .getBean(JdbcClient.class)
                .sql("SELECT txid FROM wallet_transactions WHERE txid IS NOT NULL AND status <> 'UNKNOWN'")
                .query(String.class)
                .list()
                .forEach(txid -> held.add(txid.toLowerCase(Locale.ROOT)));
        return held;
    }
}
