package com.aeghash.wallet;

/**
 * How a wallet transaction finally ended. The settled events carry it in their field {@code outcome}, a name
 * kept because the event publication registry stores them as JSON.
 */
public enum Settlement {
    SUCCEEDED,
    FAILED
}
