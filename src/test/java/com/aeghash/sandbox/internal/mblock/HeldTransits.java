package com.aeghash.sandbox.internal.mblock;

import com.aeghash.sandbox.internal.FaultInjector;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulated MBlock's transit runner for the seeded simulation: an accepted transit waits until the simulation
 * runs it, and its callback until the simulation delivers it. So the simulation decides, from its seed, when a transit
 * runs, in which order, and whether its callback arrives late, twice or never, as a real vendor may do. Like the
 * chain, one runner outlives the application's restarts (the vendor keeps its work when we restart).
 */
public final class HeldTransits extends TransitRunner {

    /** One transit the vendor accepted: its token, the wallet it moves from, and once run its outcome. */
    public static final class Accepted {
        private final TransitOrder order;
        private Boolean result;
        private String callbackBody;

        private Accepted(TransitOrder order) {
            this.order = order;
        }

        public String token() {
            return order.token();
        }

        public String from() {
            return order.userAddress().toLowerCase(Locale.ROOT);
        }

        /** {@code null} until run, then what the vendor reports. */
        public Boolean result() {
            return result;
        }

        public boolean ran() {
            return result != null;
        }

        /** The callback's URL (it carries the receiver's callback token) and body; only once run. */
        public String callbackUrl() {
            return order.callback();
        }

        public String callbackBody() {
            return callbackBody;
        }
    }

    private final List<Accepted> accepted = new ArrayList<>();
    private final Map<String, Integer> runs = new HashMap<>();

    private HeldTransits(SimulatedChain chain, FaultInjector faults, MBlockSimulatorProperties properties) {
        super(chain, faults, properties);
    }

    /** A runner on the chain the simulation keeps; faults of the callback are the simulation's own. */
    public static HeldTransits on(SimulatedChain chain) {
        MBlockSimulatorProperties properties = new MBlockSimulatorProperties(
                null,
                List.of(),
                List.of(),
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        return new HeldTransits(chain, new FaultInjector(Duration.ZERO), properties);
    }

    @Override
    synchronized void schedule(TransitOrder order) {
        accepted.add(new Accepted(order));
    }

    /** Every transit accepted from one of these wallets (lower-case addresses), oldest first. */
    public synchronized List<Accepted> acceptedFrom(Collection<String> addresses) {
        return accepted.stream()
                .filter(transit -> addresses.contains(transit.from()))
                .toList();
    }

    /** Runs the transit on the chain (once: a transit that ran is not run again) and keeps its callback body. */
    public synchronized void run(Accepted transit) {
        if (transit.ran()) {
            return;
        }
        runs.merge(transit.token(), 1, Integer::sum);
        var callback = execute(transit.order);
        transit.result = callback.path("result").booleanValue();
        transit.callbackBody = callback.toString();
    }

    /** How often the vendor ran this transit token (the simulation checks: at most once). */
    public synchronized int runsOf(String token) {
        return runs.getOrDefault(token, 0);
    }
}
