package com.aeghash.simulation;

import com.aeghash.testsupport.ApiClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of an operation list against the application: each operation is driven through the service's HTTP API
 * (as the partner, the member app and the operators call it), the {@link Model} follows what the service accepted,
 * and {@link Invariants} are checked after every step. Member, order and key names carry the run's prefix, so runs
 * share one application without seeing each other's data.
 */
final class SimulationRun {

    static final List<String> APPROVERS =
            List.of(SimulatedApp.OPS_1, SimulatedApp.OPS_2, SimulatedApp.FIN_1, SimulatedApp.FIN_2);
    static final String GLOBAL_ROOT = "sim-root";
    private static final int MONEY_MEMBERS = 2;
    /** Partner idempotency keys are kept 24 hours: within 23 a replay must be answered from the key. */
    private static final Duration KEY_KEPT_SURELY = Duration.ofHours(23);

    final SimulatedApp app;
    final Model model;
    final WalletSteps.State wallet = new WalletSteps.State();
    final MiningSteps.State mining = new MiningSteps.State();
    final CoinWithdrawalSteps.State coins;
    final String prefix;
    private final List<Op> ops;
    private final Invariants invariants;
    private final Set<Model.Order> touchedOrders = new HashSet<>();
    private int counter;

    /** The step that failed and why; {@code null} fields when the run passed. */
    record Outcome(int steps, int failedStep, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    SimulationRun(SimulatedApp app, String prefix, List<Op> ops, RankModel.Platform platform) {
        this.app = app;
        this.model = new Model(new RankModel(platform, GLOBAL_ROOT));
        this.prefix = prefix;
        this.ops = ops;
        this.invariants = new Invariants(this);
        this.coins = new CoinWithdrawalSteps.State(app.clock.instant());
    }

    Outcome run() {
        int step = -1;
        try {
            app.timings.time("start of run", this::start);
            for (step = 0; step < ops.size(); step++) {
                touchedOrders.clear();
                Op op = ops.get(step);
                app.timings.time("step " + op.kind(), () -> execute(op));
                app.timings.time("check ranks", new BonusChecks(this)::ranksSettled);
                app.clock.advance(Duration.ofSeconds(1));
                invariants.afterStep(touchedOrders);
            }
            app.timings.time("end of run: every check", invariants::atEnd);
            app.timings.time("end of run: every rank", new BonusChecks(this)::everyRank);
            app.timings.time("end of run: global shares", new BonusChecks(this)::globalShareEntries);
            return new Outcome(ops.size(), -1, null);
        } catch (AssertionError | RuntimeException failure) {
            String where =
                    step < 0 ? "setup" : step >= ops.size() ? "end of run" : "step " + step + " " + ops.get(step);
            return new Outcome(step + 1, step, where + ": " + failure);
        } finally {
            app.admin().delete("/sandbox/faults");
        }
    }

    /** Adds what this run reached to {@code tally}. */
    void tally(Map<String, Integer> tally) {
        tally.merge("members", model.members.size(), Integer::sum);
        tally.merge("orders", model.orders.size(), Integer::sum);
        tally.merge(
                "orders refunded",
                (int) model.orders.stream().filter(order -> order.refunded).count(),
                Integer::sum);
        model.orders.forEach(order -> order.entries.forEach(entry -> {
            tally.merge("entries " + entry.status, 1, Integer::sum);
            tally.merge("paid " + entry.type, 1, Integer::sum);
        }));
        tally.merge("paid GLOBAL_SHARE", model.globalShares.size(), Integer::sum);
        tally.merge("centers", model.centers.size(), Integer::sum);
        model.ranks
                .members()
                .forEach(member ->
                        tally.merge("rank " + RankModel.NAMES.get(model.ranks.level(member)), 1, Integer::sum));
        model.withdrawals.forEach(withdrawal -> tally.merge("withdrawals " + withdrawal.status, 1, Integer::sum));
        tally.merge("wallets", model.wallets.size(), Integer::sum);
        model.answers.forEach((answer, count) -> tally.merge(answer, count, Integer::sum));
    }

    private void start() {
        ApiClient.Response root =
                app.as(SimulatedApp.OPS_1).postJson("/api/v1/members", Map.of("memberId", GLOBAL_ROOT));
        expect(root.status() == 201 || root.status() == 422 || root.status() == 409, "global root", root);
        // pools what earlier runs left (their orders were all paid more than the refund delay before this run's start)
        Instant start = app.clock.instant();
        ApiClient.Response flush =
                app.as(SimulatedApp.FIN_1).postJson("/api/v1/bonus/closings", Map.of("cutoff", start.toString()));
        expect(flush.status() / 100 == 2, "the run's first closing", flush);
        model.closedCutoffs.add(start);
        String seedRoot = prefix + "-m0";
        ApiClient.Response registered = app.as(SimulatedApp.OPS_1)
                .postJson(
                        "/api/v1/members",
                        Map.of("memberId", seedRoot, "referrerId", GLOBAL_ROOT, "sponsorId", GLOBAL_ROOT));
        expect(registered.status() == 201, "seed root", registered);
        model.register(seedRoot, null, null);
        model.ranks.register(seedRoot, GLOBAL_ROOT, app.clock.instant());
    }

    private void execute(Op op) {
        switch (op.kind()) {
            case REGISTER -> register(op);
            case ORDER, BIG_ORDER -> order(op);
            case CENTER -> new CenterSteps(this).execute(op);
            case ORDER_REPLAY -> replayOrder(op);
            case ORDER_CONFLICT -> conflictingOrder(op);
            case REFUND -> refund(op);
            case CLOSE -> close(op);
            case ADVANCE -> app.clock.advance(Duration.ofMinutes(op.amount()));
            case FUND -> fund(op);
            case WALLET -> wallet(op);
            case WITHDRAW, APPROVE, REJECT, CANCEL -> new WithdrawalSteps(this).execute(op);
            case FAULT -> new WithdrawalSteps(this).fault(op);
            case RECONCILE -> new WithdrawalSteps(this).reconcile(op);
            case TRANSFER, TRANSIT, CALLBACK -> new WalletSteps(this).execute(op);
            case HASH_POWER, MINING_RUN -> new MiningSteps(this).execute(op);
            case COIN_WITHDRAW, HASHDAM_FAULT, COIN_RECONCILE -> new CoinWithdrawalSteps(this).execute(op);
            case WALLET_DECISION -> new WalletDecisionSteps(this).execute(op);
            case RESTART -> app.restart();
            case SWITCH_INSTANCE -> app.switchInstance(op.target());
        }
    }

    /** How long ago the order's key was first used (keys are kept 24 hours; an hour's margin either side). */
    private Duration keyAge(Model.Order order) {
        return Duration.between(order.paidAt, app.clock.instant());
    }

    String member(int pick) {
        return model.members.get(pick % model.members.size());
    }

    /**
     * A member for money in and out (funding, wallets, withdrawals): one of the first {@link #MONEY_MEMBERS}, so that
     * the same few members are funded, get wallets and withdraw, as real withdrawers do.
     */
    String moneyMember(int pick) {
        return model.members.get(pick % Math.min(MONEY_MEMBERS, model.members.size()));
    }

    /**
     * Mostly two members of a two-legged structure (member n referred by member (n-1)/2, as in a binary heap, so that
     * ranks D1 to D3 are reachable in a bounded run); a third of the time one member under a random referrer.
     */
    private void register(Op op) {
        if (op.choice() % 3 == 0) {
            register(member(op.target()), member(op.choice()));
            return;
        }
        for (int leg = 0; leg < 2; leg++) {
            register(model.members.get((model.members.size() - 1) / 2), member(op.choice() + leg));
        }
    }

    private void register(String referrer, String sponsor) {
        String member = prefix + "-m" + model.members.size();
        ApiClient.Response response = app.as(SimulatedApp.OPS_1)
                .postJson("/api/v1/members", Map.of("memberId", member, "referrerId", referrer, "sponsorId", sponsor));
        expect(response.status() == 201, "registration", response);
        model.register(member, referrer, sponsor);
        model.ranks.register(member, referrer, app.clock.instant());
        String parent = response.json()
                .path("binary")
                .path("parentId")
                .asString(response.json().path("parentId").asString(""));
        if (!parent.isEmpty()) {
            expect(
                    parent.equals(model.binaryParent.get(member)),
                    "binary parent " + model.binaryParent.get(member),
                    response);
        }
    }

    private void order(Op op) {
        String buyer =
                op.kind() == Op.Kind.BIG_ORDER ? new CenterSteps(this).bigOrderBuyer(op.target()) : member(op.target());
        String orderId = prefix + "-o" + (++counter);
        String key = "order-" + orderId;
        String body = orderBody(orderId, buyer, op.amount());
        HttpResponse<String> response = partner("/api/aegmall/v1/orders", body, key);
        expect(response.statusCode() == 201, "order", response);
        List<String> unpaid = new java.util.ArrayList<>();
        Instant paidAt = app.clock.instant();
        Model.Order order = new Model.Order(
                orderId, buyer, op.amount(), key, body, paidAt, model.entriesOf(buyer, op.amount(), paidAt, unpaid));
        model.orders.add(order);
        touchedOrders.add(order);
        new BonusChecks(this).unpaidCenterShares(PartnerCalls.PARTNER + ":" + orderId, unpaid);
        model.ranks.sales(buyer, BigDecimal.valueOf(op.amount(), 2), paidAt);
    }

    private void replayOrder(Op op) {
        if (model.orders.isEmpty()) {
            return;
        }
        Model.Order order = model.orders.get(op.target() % model.orders.size());
        HttpResponse<String> response = partner("/api/aegmall/v1/orders", order.body, order.key);
        boolean replayed = response.statusCode() == 201
                && response.headers()
                        .firstValue("Idempotent-Replayed")
                        .orElse("")
                        .equals("true");
        // After 24 hours the key is forgotten: the order is then a duplicate, or the key was taken meanwhile by
        // another payload (a conflicting call after expiry) and the original payload now conflicts with it.
        boolean afterExpiry = isCode(response, 409, "duplicate_order") || isCode(response, 409, "idempotency_conflict");
        expect(
                keyAge(order).compareTo(KEY_KEPT_SURELY) < 0 ? replayed : replayed || afterExpiry,
                "replayed order " + order.orderId + " after " + keyAge(order),
                response);
        touchedOrders.add(order);
    }

    private void conflictingOrder(Op op) {
        if (model.orders.isEmpty()) {
            return;
        }
        Model.Order order = model.orders.get(op.target() % model.orders.size());
        long otherPv = op.amount() == order.pvCents ? op.amount() + 1 : op.amount();
        HttpResponse<String> response =
                partner("/api/aegmall/v1/orders", orderBody(order.orderId, order.buyer, otherPv), order.key);
        boolean conflict = isCode(response, 409, "idempotency_conflict");
        boolean duplicate = isCode(response, 409, "duplicate_order");
        expect(
                keyAge(order).compareTo(KEY_KEPT_SURELY) < 0 ? conflict : conflict || duplicate,
                "conflicting order " + order.orderId + " after " + keyAge(order),
                response);
        touchedOrders.add(order);
    }

    private void refund(Op op) {
        if (model.orders.isEmpty()) {
            return;
        }
        Model.Order order = model.orders.get(op.target() % model.orders.size());
        String key = order.refundKey != null && op.choice() % 3 == 0
                ? order.refundKey
                : "refund-" + order.orderId + "-" + (++counter);
        HttpResponse<String> response =
                partner("/api/aegmall/v1/orders/" + order.orderId + "/refund", "{\"reason\":\"simulated\"}", key);
        if (!order.refunded && order.paidAt.plus(SimulationPlan.REFUND_WINDOW).isBefore(app.clock.instant())) {
            expect(
                    response.statusCode() == 422 && response.body().contains("refund_window_closed"),
                    "refund " + order.orderId + " past the window",
                    response);
            return;
        }
        expect(response.statusCode() == 200, "refund " + order.orderId, response);
        if (!order.refunded) {
            model.ranks.sales(order.buyer, BigDecimal.valueOf(order.pvCents, 2).negate(), app.clock.instant());
        }
        model.refund(order);
        order.refundKey = key;
        touchedOrders.add(order);
    }

    private void close(Op op) {
        Instant now = app.clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant cutoff = now;
        if (op.choice() % 2 == 1) { // the latest due cut-off of the daily schedule, as the closing job picks it
            ZonedDateTime local = now.atZone(ZoneId.of(SimulationPlan.TIME_ZONE));
            ZonedDateTime midnight =
                    local.toLocalDate().atTime(LocalTime.MIDNIGHT).atZone(local.getZone());
            cutoff = midnight.toInstant();
        }
        ApiClient.Response response =
                app.as(SimulatedApp.FIN_1).postJson("/api/v1/bonus/closings", Map.of("cutoff", cutoff.toString()));
        expect(response.status() / 100 == 2, "closing", response);
        expect(response.json().path("status").asString().equals("COMPLETED"), "closing completed", response);
        Model.GlobalShare globalShare = model.close(cutoff);
        if (globalShare != null) {
            new BonusChecks(this).globalShare(globalShare, response.json());
        }
        touchedOrders.addAll(model.orders);
    }

    private void fund(Op op) {
        String member = moneyMember(op.target());
        BigDecimal amount = BigDecimal.valueOf(op.amount());
        ApiClient.Response response = app.as(SimulatedApp.FUNDER)
                .header("Idempotency-Key", "fund-" + prefix + "-" + (++counter))
                .postJson(
                        "/api/v1/ledger/adjustments",
                        Map.of(
                                "memberId",
                                member,
                                "asset",
                                "POINT",
                                "amount",
                                amount.toPlainString(),
                                "reason",
                                "simulated funding"));
        expect(response.status() == 201, "funding", response);
        model.funded.merge(member, amount, BigDecimal::add);
    }

    private void wallet(Op op) {
        String member = moneyMember(op.target());
        ApiClient.Response response = app.as(SimulatedApp.OPS_1).post("/api/v1/members/" + member + "/wallet", "");
        if (model.wallets.containsKey(member)) {
            expect(response.status() / 100 == 2 || response.status() == 409, "second wallet", response);
            return;
        }
        expect(response.status() == 201, "wallet", response);
        ApiClient.Response wallet = app.admin().get("/api/v1/members/" + member + "/wallet");
        expect(
                wallet.status() == 200
                        && wallet.json().path("address").asString("").startsWith("0x"),
                "wallet",
                wallet);
        model.wallets.put(member, wallet.json().path("address").asString());
    }

    private HttpResponse<String> partner(String path, String body, String key) {
        return PartnerCalls.post(app.port(), app.clock, path, body, key);
    }

    private static String orderBody(String orderId, String buyer, long pvCents) {
        String pv = BigDecimal.valueOf(pvCents, 2)
                .setScale(2, RoundingMode.UNNECESSARY)
                .toPlainString();
        return "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + buyer + "\",\"totalAmount\":\"" + pv
                + "\",\"pvAmount\":\"" + pv + "\",\"channel\":\"sim\"}";
    }

    static boolean isCode(HttpResponse<String> response, int status, String code) {
        return response.statusCode() == status && response.body().contains("\"code\":\"" + code + "\"");
    }

    static void expect(boolean condition, String what, HttpResponse<String> response) {
        if (!condition) {
            throw new AssertionError(what + ": unexpected " + response.statusCode() + " " + response.body());
        }
    }

    static void expect(boolean condition, String what, ApiClient.Response response) {
        if (!condition) {
            throw new AssertionError(what + ": unexpected " + response.status() + " " + response.body());
        }
    }
}
