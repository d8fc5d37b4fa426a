package com.aeghash.sandbox;

import com.aeghash.sandbox.internal.mblock.CallbackDelivery;
import com.aeghash.sandbox.internal.mblock.MBlockSimulator;
import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.sandbox.internal.mblock.TransitRunner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The running MBlock simulator as other modules' tests see it: the simulated chain's balances, receipts and
 * wallet keys, how many calls each method received, and the transit callbacks delivered. The simulator itself
 * is internal to the sandbox; this fixture is the only way in.
 */
public final class MBlockSandbox {

    public static final String VENDOR = MBlockSimulator.VENDOR;

    private final MBlockSimulator simulator;
    private final SimulatedChain chain;
    private final TransitRunner transits;

    MBlockSandbox(MBlockSimulator simulator, SimulatedChain chain, TransitRunner transits) {
        this.simulator = simulator;
        this.chain = chain;
        this.transits = transits;
    }

    /**
     * One transfer on the simulated chain.
     *
     * @param kind {@code faucet}, {@code transfer}, {@code transit-fee} or {@code transit-token}
     */
    public record Receipt(String txid, String kind) {}

    /** The balance of {@code token} (a contract, or {@code null} for BNB) at {@code address}. */
    public BigDecimal balanceOf(String address, String token) {
        return chain.balanceOf(address, token);
    }

    public Optional<String> addressOf(String walletKey) {
        return chain.addressOf(walletKey);
    }

    public Optional<String> walletKeyOf(String address) {
        return chain.walletKeyOf(address);
    }

    /** The transfers from or to {@code address}, newest first, as the sandbox's chain explorer lists them. */
    public List<Receipt> receiptsOf(String address) {
        return chain.receiptsOf(address).stream()
                .map(receipt -> new Receipt(receipt.txid(), receipt.kind()))
                .toList();
    }

    /** How many calls of the method reached the simulator (including refused and faulted ones). */
    public int received(String method) {
        return simulator.received(method);
    }

    /** The transit tokens whose callback the simulator has delivered, in order. */
    public List<String> deliveredTransitTokens() {
        return transits.deliveries().stream()
                .map(CallbackDelivery::transitToken)
                .toList();
    }
}
