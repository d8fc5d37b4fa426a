package com.aeghash.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The operations of one seed: {@link Random} from the seed makes every choice, weighted by kind. */
final class OpGenerator {

    private final Map<Op.Kind, Integer> weights;

    private OpGenerator(Map<Op.Kind, Integer> weights) {
        this.weights = weights;
    }

    /**
     * The weights of the simulation: mostly orders and members, money in and out, closings and time; context restarts
     * only when {@code restarts} (they cost seconds each), instance switches only with several instances.
     */
    static OpGenerator standard(boolean restarts, boolean instances) {
        Map<Op.Kind, Integer> weights = new EnumMap<>(Op.Kind.class);
        weights.put(Op.Kind.REGISTER, 14);
        weights.put(Op.Kind.ORDER, 10);
        weights.put(Op.Kind.BIG_ORDER, 14);
        weights.put(Op.Kind.CENTER, 5);
        weights.put(Op.Kind.ORDER_REPLAY, 4);
        weights.put(Op.Kind.ORDER_CONFLICT, 3);
        weights.put(Op.Kind.REFUND, 5);
        weights.put(Op.Kind.CLOSE, 8);
        weights.put(Op.Kind.ADVANCE, 10);
        weights.put(Op.Kind.FUND, 8);
        weights.put(Op.Kind.WALLET, 6);
        weights.put(Op.Kind.WITHDRAW, 12);
        weights.put(Op.Kind.APPROVE, 18);
        weights.put(Op.Kind.REJECT, 2);
        weights.put(Op.Kind.CANCEL, 2);
        weights.put(Op.Kind.FAULT, 6);
        weights.put(Op.Kind.RECONCILE, 8);
        weights.put(Op.Kind.TRANSFER, 5);
        weights.put(Op.Kind.TRANSIT, 4);
        weights.put(Op.Kind.CALLBACK, 6);
        weights.put(Op.Kind.HASH_POWER, 5);
        weights.put(Op.Kind.MINING_RUN, 3);
        weights.put(Op.Kind.COIN_WITHDRAW, 5);
        weights.put(Op.Kind.HASHDAM_FAULT, 3);
        weights.put(Op.Kind.COIN_RECONCILE, 5);
        weights.put(Op.Kind.WALLET_DECISION, 4);
        weights.put(Op.Kind.RESTART, restarts ? 1 : 0);
        weights.put(Op.Kind.SWITCH_INSTANCE, instances ? 4 : 0);
        return new OpGenerator(weights);
    }

    List<Op> generate(long seed, int steps) {
        Random random = new Random(seed);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<Op> ops = new ArrayList<>(steps);
        for (int step = 0; step < steps; step++) {
            ops.add(next(random, total));
        }
        return ops;
    }

    private Op next(Random random, int total) {
        int roll = random.nextInt(total);
        Op.Kind kind = null;
        for (Map.Entry<Op.Kind, Integer> weight : weights.entrySet()) {
            roll -= weight.getValue();
            if (roll < 0) {
                kind = weight.getKey();
                break;
            }
        }
        int target = random.nextInt(1 << 20);
        int choice = random.nextInt(1 << 20);
        long amount = switch (kind) {
            case ORDER, ORDER_CONFLICT -> 100 + random.nextInt(50_000); // PV 1.00 to 500.99, in cents
            case BIG_ORDER -> 20_000 + random.nextInt(6_000); // PV 200.00 to 259.99: D0 by own sales
            case CENTER -> random.nextInt(8);
            case ADVANCE -> random.nextInt(10) < 5 ? 1 + random.nextInt(180) : 60 * (1 + random.nextInt(60));
            case FUND -> 1 + random.nextInt(500);
            case WITHDRAW, COIN_WITHDRAW ->
                random.nextInt(12) == 0 ? 101 : 1 + random.nextInt(100); // 101: more than held
            case TRANSFER, TRANSIT -> 1 + random.nextInt(100); // a percentage; a transit of 100: the whole balance
            case HASH_POWER -> random.nextInt(200); // a delta of -40 to +159 MH/s
            case FAULT, HASHDAM_FAULT -> random.nextInt(5) == 0 ? 1 : 0; // 1: the call hangs past the client's timeout
            default -> 0;
        };
        return new Op(kind, target, choice, amount);
    }
}
