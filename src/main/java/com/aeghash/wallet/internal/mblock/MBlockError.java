package com.aeghash.wallet.internal.mblock;

import java.util.Locale;
import java.util.Optional;

/** The numbered error messages of the MBlock contract ({@code result: false}). */
public enum MBlockError {
    NOT_FOUND_API_KEY(1, "Not Found API Key"),
    INVALID_API_KEY(2, "Invalid API Key"),
    UNAUTHORIZED_IP(3, "Invalid access from an unauthorized IP Address"),
    NO_API_PERMISSION(4, "No API Permission"),
    INVALID_WALLET_KEY(5, "Invalid Wallet Key"),
    UNSUPPORTED_TOKEN(6, "Unsupported token symbol"),
    VOLUME_REQUIRED(7, "Transfer volume is required"),
    CONTRACT_INCORRECT(8, "Contract address is incorrect"),
    TRANSACTION_LOGS_NOT_FOUND(9, "Transaction Logs not found"),
    /** Also the text of error 14 (the wallet key does not resolve to an address): both are definite. */
    WALLET_ADDRESS_INCORRECT(10, "Wallet address is incorrect"),
    RECEIPT_NOT_FOUND(11, "Transaction receipt not found"),
    RECEIPT_TIMEOUT(12, "Request Time out, Transaction receipt not found."),
    RPC_ERROR(13, "RPCError:"),
    WALLET_EXPIRED(15, "Wallet address has expired"),
    VOLUME_ZERO_OR_BALANCE_LOW(16, "Request volume is zero or not enough balance"),
    NOT_ENOUGH_BALANCE(17, "Not enough balance"),
    INVALID_CONFIGURATION(18, "Invalid Configuration");

    private final int number;
    private final String message;

    MBlockError(int number, String message) {
        this.number = number;
        this.message = message;
    }

    public int number() {
        return number;
    }

    public String message() {
        return message;
    }

    /**
     * Recognises a vendor message: exact texts compared without case and trailing period, error 13 by its
     * {@code RPCError} prefix (it carries the node's detail). Empty for a text the contract does not list.
     */
    public static Optional<MBlockError> fromMessage(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = normalize(text);
        if (normalized.startsWith("rpcerror")) {
            return Optional.of(RPC_ERROR);
        }
        for (MBlockError error : values()) {
            if (error != RPC_ERROR && normalize(error.message).equals(normalized)) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    private static String normalize(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
