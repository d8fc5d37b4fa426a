package com.aeghash.simulation;

import static com.aeghash.simulation.Checks.expect;

import com.aeghash.sandbox.internal.mblock.HeldTransits;
import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.sandbox.internal.mblock.SimulatedReceipt;
import com.aeghash.testsupport.ApiClient;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What must hold of the members' wallet transactions after every step, read from the service and from the simulated
 * MBlock: a final status is never left and nothing stays {@code submitting} once its call answered; the vendor moved
 * tokens out of a wallet at most once per transfer that may have been sent (an unknown one re-sent, or one reference
 * sent twice, shows here) and every {@code submitted} transfer's txid is one of those moves; the vendor accepted at
 * most one transit per transit transaction, each transaction's token is one the vendor issued and no other
 * transaction's; {@code confirmed} only for a transit the vendor ran successfully; and once a callback was accepted,
 * the transit's status is the callback's result, whatever came before, after or twice.
 */
final class WalletChecks {

    private static final Set<String> FINAL = Set.of("confirmed", "failed", "submitted");
    private static final Set<String> TRANSFER_MAY_HAVE_SENT = Set.of("submitting", "submitted", "unknown");
    private final SimulationRun run;

    WalletChecks(SimulationRun run) {
        this.run = run;
    }

    void afterStep() {
        WalletSteps steps = new WalletSteps(run);
        SimulatedChain chain = steps.chain();
        List<HeldTransits.Accepted> accepted = steps.transits().acceptedFrom(steps.addresses());
        run.model.wallets.forEach((member, address) -> {
            ApiClient.Response response =
                    run.app.admin().get("/api/v1/members/" + member + "/wallet/transactions?limit=100");
            SimulationRun.expect(response.status() == 200, "wallet transactions of " + member, response);
            JsonNode items = response.json().path("items");
            for (JsonNode transaction : items) {
                statusKept(transaction);
            }
            transfers(member, address.toLowerCase(Locale.ROOT), items, chain);
            transits(member, address.toLowerCase(Locale.ROOT), items, accepted);
        });
    }

    private void statusKept(JsonNode transaction) {
        long id = transaction.path("id").asLong();
        String status = transaction.path("status").asString();
        String before = run.wallet.statuses.put(id, status);
        expect(
                before == null || !FINAL.contains(before) || before.equals(status),
                "wallet transaction " + id + " left its final status " + before + " for " + status);
        expect(!status.equals("submitting"), "wallet transaction " + id + " still submitting after its call answered");
    }

    private static void transfers(String member, String address, JsonNode items, SimulatedChain chain) {
        List<SimulatedReceipt> sent = chain.receiptsOf(address).stream()
                .filter(receipt ->
                        receipt.kind().equals("transfer") && receipt.from().equalsIgnoreCase(address))
                .toList();
        Set<String> txids = new HashSet<>();
        sent.forEach(receipt -> txids.add(receipt.txid().toLowerCase(Locale.ROOT)));
        long mayHaveSent = 0;
        Set<String> claimed = new HashSet<>();
        for (JsonNode transaction : items) {
            if (!transaction.path("kind").asString().equalsIgnoreCase("transfer")) {
                continue;
            }
            String status = transaction.path("status").asString();
            mayHaveSent += TRANSFER_MAY_HAVE_SENT.contains(status) ? 1 : 0;
            if (status.equals("submitted")) {
                String txid = transaction.path("txid").asString("").toLowerCase(Locale.ROOT);
                expect(
                        txids.contains(txid) && claimed.add(txid),
                        member + " transfer " + transaction.path("id") + " is submitted with txid " + txid
                                + " that the vendor did not send from " + address + " (or another transfer claims)");
            }
        }
        expect(
                sent.size() <= mayHaveSent,
                member + " wallet sent " + sent.size() + " transfers, only " + mayHaveSent
                        + " of its transfer transactions may have been sent: " + items);
    }

    private void transits(String member, String address, JsonNode items, List<HeldTransits.Accepted> accepted) {
        Map<String, HeldTransits.Accepted> vendor = new java.util.HashMap<>();
        accepted.stream().filter(transit -> transit.from().equals(address)).forEach(t -> vendor.put(t.token(), t));
        int transactions = 0;
        Set<String> tokens = new HashSet<>();
        for (JsonNode transaction : items) {
            if (!transaction.path("kind").asString().equalsIgnoreCase("transit")) {
                continue;
            }
            transactions++;
            String id = member + " transit " + transaction.path("id");
            String status = transaction.path("status").asString();
            String token = transaction.path("transitToken").asString("");
            if (token.isEmpty()) {
                expect(!status.equals("confirmed"), id + " confirmed without a vendor token");
                continue;
            }
            HeldTransits.Accepted transit = vendor.get(token);
            expect(transit != null && tokens.add(token), id + " has token " + token + " the vendor did not issue");
            if (status.equals("confirmed")) {
                expect(
                        Boolean.TRUE.equals(transit.result()),
                        id + " confirmed but the vendor reports " + transit.result());
            }
            Boolean reported = run.wallet.delivered.get(token);
            if (reported != null) {
                expect(
                        status.equals(reported ? "confirmed" : "failed"),
                        id + " is " + status + " after the vendor's accepted callback reported " + reported);
            }
        }
        for (HeldTransits.Accepted transit : vendor.values()) {
            expect(
                    !run.wallet.delivered.containsKey(transit.token()) || tokens.contains(transit.token()),
                    member + " wallet: no transit transaction took the accepted callback of " + transit.token());
        }
        expect(
                vendor.size() <= transactions,
                member + " wallet: the vendor accepted " + vendor.size() + " transits for " + transactions
                        + " transit transactions");
    }
}
