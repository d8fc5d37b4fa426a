package com.aeghash.wallet.internal;

import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks of addresses, contracts, txids and references received from callers (API or other modules). */
public final class WalletInputs {

    /** {@code 0x} and 40 hex digits (either case: EIP-55 checksummed addresses mix them). */
    public static final String ADDRESS_PATTERN = "^0x[0-9a-fA-F]{40}$";
    /** {@code 0x} and 64 hex digits: a transaction hash on BNB Smart Chain. */
    public static final String TXID_PATTERN = "^0x[0-9a-fA-F]{64}$";
    /** A caller's reference: letters, digits, '.', '_', ':' and '-', at most 100. */
    public static final String REFERENCE_PATTERN = "^[A-Za-z0-9._:-]{1,100}$";

    private static final Pattern ADDRESS = Pattern.compile(ADDRESS_PATTERN);
    private static final Pattern TXID = Pattern.compile(TXID_PATTERN);
    private static final int REFERENCE_LENGTH_MAX = 200;

    private WalletInputs() {}

    public static String requireAddress(String value, String field) {
        if (value == null || !ADDRESS.matcher(value).matches()) {
            throw ApiException.validation(field, "must be 0x followed by 40 hex digits");
        }
        return value;
    }

    /** A token contract, or null (native BNB) when absent or blank. */
    public static String optionalContract(String value, String field) {
        return value == null || value.isBlank() ? null : requireAddress(value, field);
    }

    public static String requireTxid(String value, String field) {
        if (value == null || !TXID.matcher(value).matches()) {
            throw ApiException.validation(field, "must be 0x followed by 64 hex digits");
        }
        return value;
    }

    public static BigDecimal requirePositiveAmount(BigDecimal amount, String field) {
        if (amount == null || amount.signum() <= 0 || !Amounts.fitsStorage(amount)) {
            throw ApiException.validation(field, "must be a positive decimal with at most 18 decimals");
        }
        return amount;
    }

    public static String requireReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > REFERENCE_LENGTH_MAX) {
            throw ApiException.validation("reference", "must be 1-200 characters");
        }
        return reference;
    }

    /** Addresses and contracts compare without case (checksum case carries no identity). */
    public static boolean sameAddress(String first, String second) {
        if (first == null || second == null) {
            return first == second;
        }
        return first.toLowerCase(Locale.ROOT).equals(second.toLowerCase(Locale.ROOT));
    }
}
