package com.aeghash.simulation;

import static com.aeghash.simulation.SimulationRun.expect;

import com.aeghash.sandbox.internal.mblock.HeldTransits;
import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The member-wallet operations of a run, sent by the member app: transfers of POINT tokens out of a member's wallet
 * (some with the gas topped up first, some replaying or conflicting with the previous reference) and transits to the
 * treasury. An empty wallet mostly receives tokens from outside first (a faucet transfer on the simulated chain). The simulated MBlock holds every accepted transit ({@link HeldTransits}); {@code CALLBACK} runs them and
 * delivers their callbacks in the simulation's order: out of order, late (after other steps, after a restart), twice,
 * or never.
 */
final class WalletSteps {

    /** Where members send their tokens: an address outside the service. */
    static final String OUTSIDE = "0x5150000000000000000000000000000000000001";

    static final Set<Integer> ANSWERED = Set.of(200, 201, 202, 409, 422, 502, 504);
    private static final BigDecimal GAS = new BigDecimal("0.001");
    private final SimulationRun run;
    private final Model model;

    /** What the run sent and the vendor reported, for the replays and the checks ({@link WalletChecks}). */
    static final class State {
        final Map<String, String> lastRequest = new HashMap<>();
        final Map<String, String> lastReference = new HashMap<>();
        /** Transit token → the result of every callback the service accepted for it. */
        final Map<String, Boolean> delivered = new HashMap<>();
        /** Wallet transaction id → the status last read. */
        final Map<Long, String> statuses = new HashMap<>();
    }

    WalletSteps(SimulationRun run) {
        this.run = run;
        this.model = run.model;
    }

    void execute(Op op) {
        switch (op.kind()) {
            case TRANSFER -> send(op, "transfers");
            case TRANSIT -> send(op, "transits");
            case CALLBACK -> callback(op);
            default -> throw new IllegalArgumentException(op.kind().toString());
        }
    }

    /**
     * A transfer or transit of a share of the wallet's POINT tokens (a transit without an amount moves them all). A
     * third of the calls replay the member's previous reference with the same body (the same transaction, no second
     * vendor call) or with another amount (409 {@code reference_conflict}).
     */
    private void send(Op op, String kind) {
        String member = run.moneyMember(op.target());
        String address = model.wallets.get(member);
        if (address == null) {
            return;
        }
        if (kind.equals("transfers") && op.choice() % 3 == 0) {
            chain().fund(address, null, GAS); // the member tops up gas, outside the service
        }
        if (chain().balanceOf(address, Invariants.POINT_TOKEN).signum() == 0 && op.choice() % 4 != 3) {
            // Tokens reach a wallet from outside too (not only as payouts, which the payout check counts apart).
            chain().fund(address, Invariants.POINT_TOKEN, BigDecimal.valueOf(op.amount()));
        }
        String slot = member + "/" + kind;
        int replay = op.choice() % 6;
        String previous = run.wallet.lastRequest.get(slot);
        String reference;
        String body;
        if (previous != null && replay == 1) {
            reference = run.wallet.lastReference.get(slot);
            body = previous;
        } else if (previous != null && replay == 2) {
            reference = run.wallet.lastReference.get(slot);
            body = request(kind, reference, new BigDecimal("0.01").add(amountIn(previous)));
        } else {
            reference = run.prefix + "-" + kind + "-" + run.wallet.lastRequest.size() + "-" + op.target();
            BigDecimal held = chain().balanceOf(address, Invariants.POINT_TOKEN);
            BigDecimal amount = kind.equals("transits") && op.amount() == 100
                    ? null
                    : held.multiply(BigDecimal.valueOf(op.amount()))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)
                            .max(new BigDecimal("0.01"));
            body = request(kind, reference, amount);
        }
        ApiClient.Response response =
                run.app.as(SimulatedApp.MEMBER_APP).post("/api/v1/members/" + member + "/wallet/" + kind, body);
        model.answers.merge(kind + " " + response.status() + " " + code(response), 1, Integer::sum);
        expect(ANSWERED.contains(response.status()), kind, response);
        if (replay == 2 && previous != null) {
            expect(response.status() == 409, kind + " with a used reference and another amount", response);
            return;
        }
        run.wallet.lastRequest.put(slot, body);
        run.wallet.lastReference.put(slot, reference);
    }

    private static String request(String kind, String reference, BigDecimal amount) {
        return "{\"to\":\"" + OUTSIDE + "\",\"contract\":\"" + Invariants.POINT_TOKEN + "\",\"reference\":\""
                + reference + "\"" + (amount == null ? "" : ",\"amount\":\"" + amount.toPlainString() + "\"")
                + "}";
    }

    private static BigDecimal amountIn(String body) {
        int at = body.indexOf("\"amount\":\"");
        return at < 0 ? BigDecimal.ZERO : new BigDecimal(body.substring(at + 10, body.indexOf('"', at + 10)));
    }

    /**
     * The vendor works on the run's transits: runs one (any of those waiting: out of order) and reports it at once,
     * runs one and holds its callback (late), reports a held or already reported one (late or twice), or runs one and
     * reports it twice.
     */
    private void callback(Op op) {
        List<HeldTransits.Accepted> transits = transits().acceptedFrom(addresses());
        List<HeldTransits.Accepted> waiting =
                transits.stream().filter(transit -> !transit.ran()).toList();
        List<HeldTransits.Accepted> ran =
                transits.stream().filter(HeldTransits.Accepted::ran).toList();
        int mode = op.choice() % 4;
        if (mode == 2 && !ran.isEmpty()) {
            deliver(ran.get(op.target() % ran.size()));
            return;
        }
        if (waiting.isEmpty()) {
            return;
        }
        HeldTransits.Accepted transit = waiting.get(op.target() % waiting.size());
        transits().run(transit);
        if (mode == 0 || mode == 3) {
            deliver(transit);
        }
        if (mode == 3) {
            deliver(transit);
        }
    }

    /** Posts the callback to the instance now serving (the vendor calls the one public URL, whoever answers it). */
    private void deliver(HeldTransits.Accepted transit) {
        URI sent = URI.create(transit.callbackUrl());
        URI url = URI.create("http://127.0.0.1:" + run.app.port() + sent.getRawPath() + "?" + sent.getRawQuery());
        ApiClient http = ApiClient.anonymous(run.app.port());
        HttpResponse<String> response = http.exchange(HttpRequest.newBuilder(url)
                .POST(HttpRequest.BodyPublishers.ofString(transit.callbackBody()))
                .header("Content-Type", "application/json"));
        model.answers.merge("callback " + response.statusCode(), 1, Integer::sum);
        expect(response.statusCode() == 200, "transit callback " + transit.token(), response);
        run.wallet.delivered.put(transit.token(), transit.result());
    }

    /** The run's member wallets, as the vendor writes addresses. */
    java.util.Collection<String> addresses() {
        return model.wallets.values().stream()
                .map(address -> address.toLowerCase(Locale.ROOT))
                .toList();
    }

    SimulatedChain chain() {
        return run.app.context().getBean(SimulatedChain.class);
    }

    HeldTransits transits() {
        return run.app.transits();
    }

    private static String code(ApiClient.Response response) {
        return response.status() / 100 == 2 ? "" : response.json().path("code").asString("");
    }
}
