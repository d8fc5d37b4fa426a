package com.aeghash.wallet;

/** The member's wallet and whether this call created it ({@code false}: it existed already). */
public record WalletCreation(Wallet wallet, boolean created) {}
