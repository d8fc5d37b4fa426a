package com.aeghash.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulator expects, computed on its own from what it drove: the members of this run and their two trees
 * (the referral tree under the referrer; the binary tree under the sponsor, spilling over breadth-first, left before
 * right, as organization.md says), each accepted order's bonus entries from the plan's percentages, what closings
 * confirm and cancel, the POINT funded and withdrawn, and so each member's POINT {@code pending},
 * {@code available} and {@code withdrawalHold}.
 */
final class Model {

    /** Withdrawal statuses whose amount is still held. */
    static final Set<String> HELD =
            Set.of("pending", "approved_pending", "approved", "executing", "submitted", "unknown");
    /** Withdrawal statuses whose hold went back to available. */
    static final Set<String> RELEASED = Set.of("rejected", "cancelled", "failed");

    static final BigDecimal CENTER_PERCENT = new BigDecimal("8");
    static final BigDecimal CENTER_REFERRAL_PERCENT = new BigDecimal("2");
    static final BigDecimal GLOBAL_SHARE_PERCENT = new BigDecimal("20");

    final List<String> members = new ArrayList<>();
    final RankModel ranks;
    /** Designated center → the referrer recorded for its center referral bonus. */
    final Map<String, String> centers = new HashMap<>();
    /** Buyer → its explicitly assigned center. */
    final Map<String, String> assignments = new HashMap<>();
    /** The global shares the closings paid to members of this run (created confirmed). */
    final List<Entry> globalShares = new ArrayList<>();

    final Map<String, String> referrer = new HashMap<>();
    final Map<String, String> binaryParent = new HashMap<>();
    private final Map<String, String[]> binaryChildren = new HashMap<>();
    final Map<String, BigDecimal> funded = new HashMap<>();
    /** Member → the address of the wallet the service created for it. */
    final Map<String, String> wallets = new HashMap<>();

    final List<Order> orders = new ArrayList<>();
    final List<Withdrawal> withdrawals = new ArrayList<>();
    final Set<Instant> closedCutoffs = new java.util.HashSet<>();
    /** The service's answers to the run's withdrawal requests and decisions, by code, for the tallies. */
    final Map<String, Integer> answers = new java.util.TreeMap<>();

    /** Counts one answer of the service to {@code what} for the tallies: its status, and its code when a 4xx. */
    void answered(String what, com.aeghash.testsupport.ApiClient.Response response) {
        String code = response.status() / 100 == 4
                ? " " + response.json().path("code").asString("")
                : "";
        answers.merge(what + " " + response.status() + code, 1, Integer::sum);
    }

    /** One bonus entry the model expects, for a member of this run. */
    static final class Entry {
        final String beneficiary;
        final String type;
        final int level;
        final BigDecimal amount;
        String status = "PENDING";

        Entry(String beneficiary, String type, int level, BigDecimal amount) {
            this.beneficiary = beneficiary;
            this.type = type;
            this.level = level;
            this.amount = amount;
        }

        String describe() {
            return type + "/" + level + "/" + beneficiary + "/" + amount.toPlainString() + "/" + status;
        }
    }

    /** An order the service accepted, with the body and key it was sent under. */
    static final class Order {
        final String orderId;
        final String buyer;
        final long pvCents;
        final String key;
        final String body;
        final Instant paidAt;
        final List<Entry> entries;
        boolean refunded;
        boolean pooled;
        String refundKey;

        Order(
                String orderId,
                String buyer,
                long pvCents,
                String key,
                String body,
                Instant paidAt,
                List<Entry> entries) {
            this.orderId = orderId;
            this.buyer = buyer;
            this.pvCents = pvCents;
            this.key = key;
            this.body = body;
            this.paidAt = paidAt;
            this.entries = entries;
        }
    }

    /** A withdrawal the service created; {@code status} as last read, {@code firstApprover} who gave stage 1. */
    static final class Withdrawal {
        final long id;
        final String member;
        final BigDecimal amount;
        /** POINT, or the coin of a coin withdrawal (paid through HashDam: {@link CoinWithdrawalSteps}). */
        String asset = "POINT";

        String status;
        final Set<String> approvers = new java.util.LinkedHashSet<>();
        boolean rejectRequested;
        boolean cancelRequested;

        Withdrawal(long id, String member, BigDecimal amount, String status) {
            this.id = id;
            this.member = member;
            this.amount = amount;
            this.status = status;
        }
    }

    /** What a closing's global share pooled and split, as the model computes it. */
    record GlobalShare(BigDecimal pv, BigDecimal pool, long qualifiers, BigDecimal share, BigDecimal remainder) {}

    Model(RankModel ranks) {
        this.ranks = ranks;
    }

    void register(String member, String referrerId, String sponsorId) {
        members.add(member);
        binaryChildren.put(member, new String[2]);
        if (referrerId == null) {
            return;
        }
        referrer.put(member, referrerId);
        Deque<String> queue = new ArrayDeque<>(List.of(sponsorId));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            String[] children = binaryChildren.get(node);
            for (int side = 0; side < 2; side++) {
                if (children[side] == null) {
                    children[side] = member;
                    binaryParent.put(member, node);
                    return;
                }
            }
            queue.add(children[0]);
            queue.add(children[1]);
        }
    }

    /**
     * The entries an order of {@code buyer} with this PV paid at {@code paidAt} pays to members of this run, and in
     * {@code unpaid} the center shares it does not pay ({@code type/reason/beneficiary/rank}). Call it before the
     * order's own sales change the ranks: the service reads the ranks when paid in the order's transaction.
     */
    List<Entry> entriesOf(String buyer, long pvCents, Instant paidAt, List<String> unpaid) {
        BigDecimal pv = BigDecimal.valueOf(pvCents, 2);
        List<Entry> entries = new ArrayList<>();
        addEntries(entries, "REFERRAL", SimulationPlan.REFERRAL, referrer, buyer, pv);
        addEntries(entries, "SPONSOR", SimulationPlan.SPONSOR, binaryParent, buyer, pv);
        String center = centerOf(buyer);
        if (center == null) {
            unpaid.add("CENTER/no_center/-/-");
            unpaid.add("CENTER_REFERRAL/no_center_referrer/-/-");
            return entries;
        }
        centerShare(entries, unpaid, "CENTER", center, SimulationPlan.CENTER_MIN_LEVEL, CENTER_PERCENT, pv, paidAt);
        String centerReferrer = centers.get(center);
        if (centerReferrer == null) {
            unpaid.add("CENTER_REFERRAL/no_center_referrer/-/-");
        } else {
            centerShare(
                    entries,
                    unpaid,
                    "CENTER_REFERRAL",
                    centerReferrer,
                    RankModel.D2,
                    CENTER_REFERRAL_PERCENT,
                    pv,
                    paidAt);
        }
        return entries;
    }

    /** The buyer's center: its explicit one, else the nearest designated center among its referral uplines. */
    String centerOf(String buyer) {
        String explicit = assignments.get(buyer);
        if (explicit != null) {
            return explicit;
        }
        for (String upline = ranks.referrerOf(buyer); upline != null; upline = ranks.referrerOf(upline)) {
            if (centers.containsKey(upline)) {
                return upline;
            }
        }
        return null;
    }

    private void centerShare(
            List<Entry> entries,
            List<String> unpaid,
            String type,
            String beneficiary,
            int minimum,
            BigDecimal percentage,
            BigDecimal pv,
            Instant paidAt) {
        int level = ranks.levelAt(beneficiary, paidAt);
        if (level < minimum) {
            String reason = type.equals("CENTER") ? "center_rank_too_low" : "center_referrer_rank_too_low";
            unpaid.add(type + "/" + reason + "/" + beneficiary + "/" + RankModel.NAMES.get(level));
        } else if (members.contains(beneficiary)) { // the platform root, outside the run, is paid but not followed
            entries.add(new Entry(beneficiary, type, 1, floor8(pv.multiply(percentage))));
        }
    }

    private static BigDecimal floor8(BigDecimal percentOf) {
        return percentOf.divide(BigDecimal.valueOf(100), 8, RoundingMode.DOWN);
    }

    private static void addEntries(
            List<Entry> entries,
            String type,
            List<BigDecimal> percentages,
            Map<String, String> parents,
            String buyer,
            BigDecimal pv) {
        String upline = parents.get(buyer);
        for (int level = 1; level <= percentages.size() && upline != null; level++) {
            BigDecimal amount = floor8(pv.multiply(percentages.get(level - 1)));
            entries.add(new Entry(upline, type, level, amount));
            upline = parents.get(upline);
        }
    }

    /**
     * A closing at {@code cutoff}: pending entries of refunded orders are cancelled, those of orders paid before the
     * cut-off minus the refund delay (in the closing's time zone) confirmed; then its global share ({@link
     * #globalShare}). A cut-off closed before changes nothing: {@code null}.
     */
    GlobalShare close(Instant cutoff) {
        if (!closedCutoffs.add(cutoff)) {
            return null;
        }
        Instant paidBefore = cutoff.atZone(ZoneId.of(SimulationPlan.TIME_ZONE))
                .minusDays(SimulationPlan.REFUND_DELAY.toDays())
                .toInstant();
        for (Order order : orders) {
            for (Entry entry : order.entries) {
                if (!entry.status.equals("PENDING")) {
                    continue;
                }
                if (order.refunded) {
                    entry.status = "CANCELLED";
                } else if (order.paidAt.isBefore(paidBefore)) {
                    entry.status = "CONFIRMED";
                }
            }
        }
        return globalShare(cutoff, paidBefore);
    }

    /**
     * The closing's global share: the PV of the orders paid before {@code paidBefore}, not refunded and pooled by no
     * closing yet (orders of earlier runs were pooled by the run's first closing, at its start), pool = floor8(PV × 20
     * %), split equally among the platform's members D2 or higher at the cut-off (floor8), the rest kept; each of the
     * run's qualifiers gets one confirmed entry of the share.
     */
    private GlobalShare globalShare(Instant cutoff, Instant paidBefore) {
        BigDecimal pv = BigDecimal.ZERO;
        for (Order order : orders) {
            if (!order.pooled && !order.refunded && order.paidAt.isBefore(paidBefore)) {
                order.pooled = true;
                pv = pv.add(BigDecimal.valueOf(order.pvCents, 2));
            }
        }
        BigDecimal pool = floor8(pv.multiply(GLOBAL_SHARE_PERCENT));
        long qualifiers = ranks.platformAtLeast(RankModel.D2, cutoff);
        BigDecimal share =
                qualifiers == 0 ? BigDecimal.ZERO : pool.divide(BigDecimal.valueOf(qualifiers), 8, RoundingMode.DOWN);
        if (share.signum() > 0) {
            for (String member : ranks.membersAtLeast(RankModel.D2, cutoff)) {
                Entry entry = new Entry(member, "GLOBAL_SHARE", 0, share);
                entry.status = "CONFIRMED";
                globalShares.add(entry);
            }
        }
        BigDecimal remainder = pool.subtract(share.multiply(BigDecimal.valueOf(qualifiers)));
        return new GlobalShare(pv, pool, qualifiers, share, remainder);
    }

    /**
     * A refund the service accepted: the order's confirmed entries are clawed back at once (their amount taken from
     * available, the rest owed as bonus debt), its pending ones left to the next closing, which cancels them.
     */
    void refund(Order order) {
        order.refunded = true;
        for (Entry entry : order.entries) {
            if (entry.status.equals("CONFIRMED")) {
                entry.status = "CLAWED_BACK";
            }
        }
    }

    /**
     * The POINT balances each member should have: {@code [available − bonus debt, pending, withdrawalHold]}. A
     * clawback takes from available what it can and owes the rest, and a closing repays debt before available, so
     * their split depends on timing; their difference does not (funded + confirmed − held and paid out).
     */
    Map<String, BigDecimal[]> expectedBalances() {
        Map<String, BigDecimal[]> balances = new LinkedHashMap<>();
        for (String member : members) {
            balances.put(member, new BigDecimal[] {funded.getOrDefault(member, BigDecimal.ZERO), zero(), zero()});
        }
        for (Order order : orders) {
            for (Entry entry : order.entries) {
                BigDecimal[] balance = balances.get(entry.beneficiary);
                if (entry.status.equals("PENDING")) {
                    balance[1] = balance[1].add(entry.amount);
                } else if (entry.status.equals("CONFIRMED")) {
                    balance[0] = balance[0].add(entry.amount);
                }
            }
        }
        for (Entry share : globalShares) {
            balances.get(share.beneficiary)[0] = balances.get(share.beneficiary)[0].add(share.amount);
        }
        for (Withdrawal withdrawal : withdrawals) {
            BigDecimal[] balance = withdrawal.asset.equals("POINT")
                    ? balances.get(withdrawal.member)
                    : new BigDecimal[] {zero(), zero(), zero()};
            if (HELD.contains(withdrawal.status)) {
                balance[0] = balance[0].subtract(withdrawal.amount);
                balance[2] = balance[2].add(withdrawal.amount);
            } else if (withdrawal.status.equals("completed")) {
                balance[0] = balance[0].subtract(withdrawal.amount);
            }
        }
        return balances;
    }

    BigDecimal available(String member) {
        return expectedBalances().get(member)[0];
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}
