package com.aeghash.wallet.internal.wallets;

import com.aeghash.common.Lifecycle;
import com.aeghash.common.Lifecycle.NoAction;
import com.aeghash.common.LifecycleState;

/**
 * Lifecycle of a member's wallet row. Every state change a repository writes is checked against this table
 * first. A creation whose vendor call failed deletes its CREATING claim instead of moving it (nothing was
 * stored, so the creation may be tried again), and a KEY_LOST wallet is recovered with MBlock's support,
 * outside this service.
 */
public enum WalletState implements LifecycleState<WalletState> {
    /** Claimed before {@code requestWallet} is sent, so concurrent requests never create two vendor wallets. */
    CREATING,
    /** Address and encrypted key stored; usable. */
    ACTIVE,
    /** A key rotation was recorded before {@code refreshWallet} was sent; its outcome is not stored yet. */
    REFRESHING,
    /** The vendor rejects the stored key (a rotation executed whose new key we could not store). */
    KEY_LOST;

    private static final Lifecycle<WalletState, NoAction> LIFECYCLE = Lifecycle.of("wallet", WalletState.class)
            .startsIn(CREATING)
            // The address and the encrypted key are stored.
            .allow(CREATING, ACTIVE)
            // A key rotation is recorded before refreshWallet is sent.
            .allow(ACTIVE, REFRESHING)
            // The new key is stored, or our own call proved not executed; or MBlock rejects the stored key.
            .allow(REFRESHING, ACTIVE, KEY_LOST)
            .build();

    @Override
    public Lifecycle<WalletState, NoAction> lifecycle() {
        return LIFECYCLE;
    }
}
