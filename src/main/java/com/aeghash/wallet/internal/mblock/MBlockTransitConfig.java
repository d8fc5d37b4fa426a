package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.Secret;
import java.math.BigDecimal;
import java.net.URI;

/**
 * The transit configuration object; every field is optional (a per-request override names only the fields
 * it changes). The fee wallet key is a {@link Secret}: it prints masked.
 *
 * @param fee          BNB sent to the user wallet to pay gas
 * @param delaySeconds seconds between confirmation checks
 * @param count        number of confirmation checks
 * @param callback     URL receiving the result (its query string is kept by the vendor)
 */
public record MBlockTransitConfig(
        BigDecimal fee, Secret feeWalletKey, Integer delaySeconds, Integer count, URI callback) {

    public static MBlockTransitConfig empty() {
        return new MBlockTransitConfig(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return fee == null && feeWalletKey == null && delaySeconds == null && count == null && callback == null;
    }
}
