package com.aeghash.withdrawal.internal;

import com.aeghash.common.ApiException;
import com.aeghash.ledger.Asset;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of external payout addresses: POINT is a BEP-20 token on an EVM chain ({@code 0x} + 40 hex,
 * compared lower-case); coin addresses (base58 or bech32) are 20-128 letters and digits, compared as given.
 */
final class DestinationAddresses {

    private static final Pattern EVM = Pattern.compile("^0x[0-9a-fA-F]{40}$");
    private static final Pattern COIN = Pattern.compile("^[A-Za-z0-9]{20,128}$");

    private DestinationAddresses() {}

    /** The address in the form it is stored and compared, or a 400 naming the field. */
    static String normalize(Asset asset, String address, String field) {
        if (address == null) {
            throw ApiException.validation(field, "is required");
        }
        String trimmed = address.trim();
        if (asset == Asset.POINT) {
            if (!EVM.matcher(trimmed).matches()) {
                throw ApiException.validation(field, "must be 0x followed by 40 hexadecimal digits for POINT");
            }
            return trimmed.toLowerCase(Locale.ROOT);
        }
        if (!COIN.matcher(trimmed).matches()) {
            throw ApiException.validation(field, "must be 20-128 letters and digits for " + asset);
        }
        return trimmed;
    }
}
