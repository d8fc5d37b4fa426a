package com.aeghash.sandbox.internal.mblock;

/** A simulated vendor refusal; its message is one of the MBlock contract's error texts. */
class SimulatedRejection extends RuntimeException {

    static final String INVALID_WALLET_KEY = "Invalid Wallet Key";
    static final String UNSUPPORTED_TOKEN = "Unsupported token symbol";
    static final String VOLUME_REQUIRED = "Transfer volume is required";
    static final String CONTRACT_INCORRECT = "Contract address is incorrect";
    static final String LOGS_NOT_FOUND = "Transaction Logs not found";
    static final String ADDRESS_INCORRECT = "Wallet address is incorrect";
    static final String RECEIPT_NOT_FOUND = "Transaction receipt not found";
    static final String VOLUME_ZERO_OR_BALANCE_LOW = "Request volume is zero or not enough balance";
    static final String NOT_ENOUGH_BALANCE = "Not enough balance";
    static final String INVALID_CONFIGURATION = "Invalid Configuration";

    SimulatedRejection(String vendorMessage) {
        super(vendorMessage, null, false, false);
    }
}
