package com.aeghash.simulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The ranks the simulator expects, computed on its own from the platform rules (rank.md, "Qualifications", the
 * shipped defaults): D0 with {@value #D0_REFERRALS} direct referrals or own sales of at least {@link #D0_OWN_SALES}
 * (paid orders not refunded); Dn with two direct referrals of D(n-1) or higher; at most D5. Levels as the service
 * stores them: FREE 0, D0 1, ... D5 6. Every change is kept with the simulation's time it happened at, so a rank at an
 * instant (a center's when an order was paid, the global share's qualifiers at a cut-off) is read from this history:
 * a change at exactly T counts at T, as the service's {@code changed_at > T} reads it.
 *
 * <p>The run's members hang under the platform root (sim-root), whose rank also decides the global share's qualifiers:
 * it is modelled from {@link Platform}, what earlier runs left (their seed roots' ranks, their D2+ members, frozen
 * once their run ended), and this run's seed root.
 */
final class RankModel {

    static final List<String> NAMES = List.of("FREE", "D0", "D1", "D2", "D3", "D4", "D5");
    static final int D2 = 3;
    static final int D3 = 4;
    private static final int D0_REFERRALS = 10;
    private static final BigDecimal D0_OWN_SALES = new BigDecimal("200");
    private static final int QUALIFYING_REFERRALS = 2;

    /**
     * What the runs before this one left on the platform: how many seed roots the platform root referred, the seed
     * roots' final levels and how many members of earlier runs are D2 or higher (none of them changes once their run
     * ended; read from the service's rank reads after each run, since a failed run may have left what its model did not
     * follow).
     */
    static final class Platform {
        int rootReferrals;
        final List<Integer> seedRootLevels = new ArrayList<>();
        int outsideQualifiers;
    }

    private final Platform platform;
    private final String root;
    private final Map<String, String> referrer = new HashMap<>();
    private final Map<String, List<String>> referrals = new HashMap<>();
    private final Map<String, BigDecimal> ownSales = new HashMap<>();
    private final Map<String, NavigableMap<Instant, Integer>> history = new HashMap<>();
    private final Map<String, Integer> current = new HashMap<>();
    /** Members whose rank changed in the current step (to be read back from the service). */
    final List<String> changed = new ArrayList<>();

    RankModel(Platform platform, String root) {
        this.platform = platform;
        this.root = root;
        referrals.put(root, new ArrayList<>());
        current.put(root, rootLevel());
        history.put(root, new TreeMap<>(Map.of(Instant.EPOCH, current.get(root))));
    }

    /** A member registered at {@code at} under {@code referrerId} (the platform root for the seed root). */
    void register(String member, String referrerId, Instant at) {
        referrer.put(member, referrerId);
        referrals.put(member, new ArrayList<>());
        current.put(member, 0);
        referrals.get(referrerId).add(member);
        if (referrerId.equals(root)) {
            platform.rootReferrals++;
        }
        walk(referrerId, at);
    }

    /** The buyer's own sales changed by {@code delta} (an order paid, or refunded with a negative delta). */
    void sales(String buyer, BigDecimal delta, Instant at) {
        ownSales.merge(buyer, delta, BigDecimal::add);
        walk(buyer, at);
    }

    int level(String member) {
        return current.getOrDefault(member, 0);
    }

    /** The member's level at {@code at}: the last change at or before it, FREE before any. */
    int levelAt(String member, Instant at) {
        NavigableMap<Instant, Integer> changes = history.get(member);
        if (changes == null) {
            return 0;
        }
        Map.Entry<Instant, Integer> last = changes.floorEntry(at);
        return last == null ? 0 : last.getValue();
    }

    /** The run's members (the platform root excluded) of {@code minimum} or higher at {@code at}. */
    List<String> membersAtLeast(int minimum, Instant at) {
        return referrer.keySet().stream()
                .filter(member -> levelAt(member, at) >= minimum)
                .sorted()
                .toList();
    }

    /** Every member of the platform of {@code minimum} or higher at {@code at} (the global share's qualifiers). */
    long platformAtLeast(int minimum, Instant at) {
        long outside = minimum == D2 ? platform.outsideQualifiers : 0;
        return membersAtLeast(minimum, at).size() + (levelAt(root, at) >= minimum ? 1 : 0) + outside;
    }

    String referrerOf(String member) {
        return referrer.get(member);
    }

    List<String> members() {
        return List.copyOf(referrer.keySet());
    }

    /** Recomputes the member and every upline (the service stops at the first unchanged; the result is the same). */
    private void walk(String member, Instant at) {
        for (String node = member; node != null; node = referrer.get(node)) {
            int level = node.equals(root) ? rootLevel() : ownLevel(node);
            if (level != current.get(node)) {
                current.put(node, level);
                history.computeIfAbsent(node, ignored -> new TreeMap<>()).put(at, level);
                changed.add(node);
            }
        }
    }

    private int ownLevel(String member) {
        List<Integer> levels = referralLevels(member);
        boolean d0 = levels.size() >= D0_REFERRALS
                || ownSales.getOrDefault(member, BigDecimal.ZERO).compareTo(D0_OWN_SALES) >= 0;
        return rank(d0, secondHighest(levels));
    }

    /** The platform root: no own sales; its referrals are every run's seed root (earlier runs' frozen). */
    private int rootLevel() {
        List<Integer> levels = new ArrayList<>(platform.seedRootLevels);
        levels.addAll(referralLevels(root));
        return rank(platform.rootReferrals >= D0_REFERRALS, secondHighest(levels));
    }

    private static int rank(boolean d0, int kthReferralLevel) {
        int fromReferrals = kthReferralLevel >= 1 ? kthReferralLevel + 1 : 0;
        return Math.min(NAMES.size() - 1, Math.max(fromReferrals, d0 ? 1 : 0));
    }

    private List<Integer> referralLevels(String member) {
        return referrals.getOrDefault(member, List.of()).stream()
                .map(this::level)
                .toList();
    }

    private static int secondHighest(List<Integer> levels) {
        if (levels.size() < QUALIFYING_REFERRALS) {
            return 0;
        }
        List<Integer> sorted = new ArrayList<>(levels);
        sorted.sort(Comparator.reverseOrder());
        return sorted.get(QUALIFYING_REFERRALS - 1);
    }
}
