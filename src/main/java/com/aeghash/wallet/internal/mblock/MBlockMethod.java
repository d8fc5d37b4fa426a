package com.aeghash.wallet.internal.mblock;

/**
 * The MBlock calls we make. {@code changesState} decides how an answer that proves nothing is classified:
 * a read that failed changed nothing, a write that failed in an unclear way may have executed.
 */
enum MBlockMethod {
    BALANCE_OF("balanceOf", false),
    RECEIPT_BY_HASH("receiptByHash", false),
    TRANSFER_BY_WALLET_KEY("transferByWalletKey", true),
    REQUEST_WALLET("requestWallet", true),
    REFRESH_WALLET("refreshWallet", true),
    /** {@code transitConfig} without {@code config}: reads the saved configuration. */
    TRANSIT_CONFIG_READ("transitConfig", false),
    /** {@code transitConfig} with a {@code config} object: saves (or, when empty, resets) it. */
    TRANSIT_CONFIG_SAVE("transitConfig", true),
    TRANSIT_BY_WALLET_KEY("transitByWalletKey", true);

    private final String wireName;
    private final boolean changesState;

    MBlockMethod(String wireName, boolean changesState) {
        this.wireName = wireName;
        this.changesState = changesState;
    }

    public String wireName() {
        return wireName;
    }

    public boolean changesState() {
        return changesState;
    }
}
