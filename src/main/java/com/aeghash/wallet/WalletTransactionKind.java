package com.aeghash.wallet;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A synchronous transfer ({@code transferByWalletKey}) or an asynchronous transit ({@code transitByWalletKey}). */
public enum WalletTransactionKind {
    TRANSFER,
    TRANSIT;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
