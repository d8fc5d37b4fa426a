package com.aeghash.wallet;

/** How a wallet transaction ended. */
public enum SettlementOutcome {
    SUCCEEDED, FAILED
}
