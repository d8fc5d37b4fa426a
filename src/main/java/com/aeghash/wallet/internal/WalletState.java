package com.aeghash.wallet.internal;

/** Lifecycle of a member's wallet row. */
public enum WalletState {
    /** Claimed before {@code requestWallet} is sent, so concurrent requests never create two vendor wallets. */
    CREATING,
    /** Address and encrypted key stored; usable. */
    ACTIVE,
    /** A key rotation was recorded before {@code refreshWallet} was sent; its outcome is not stored yet. */
    REFRESHING,
    /** The vendor rejects the stored key (a rotation executed whose new key we could not store). */
    KEY_LOST
}
