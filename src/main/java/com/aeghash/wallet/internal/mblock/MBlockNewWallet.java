package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.Secret;

/** A wallet created by {@code requestWallet}: its address and the only credential that moves its funds. */
public record MBlockNewWallet(String address, Secret walletKey) {}
