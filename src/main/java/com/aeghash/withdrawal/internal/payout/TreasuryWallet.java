package com.aeghash.withdrawal.internal.payout;

import com.aeghash.config.MBlockTreasuryProperties;
import com.aeghash.wallet.WalletKeySource;
import java.util.regex.Pattern;

/**
 * The company treasury wallet that pays POINT withdrawals, as configured. Its key stays a
 * {@link com.aeghash.common.Secret} handed to the wallet module for each transfer only (never stored, never
 * logged); its transfers are recorded under the label {@link #LABEL}, by which their settlements are recognised.
 */
final class TreasuryWallet {

    static final String LABEL = "treasury";
    private static final Pattern CONTRACT = Pattern.compile("^0x[0-9a-fA-F]{40}$");

    private final WalletKeySource.ProvidedKey keySource;
    private final String pointTokenContract;

    private TreasuryWallet(WalletKeySource.ProvidedKey keySource, String pointTokenContract) {
        this.keySource = keySource;
        this.pointTokenContract = pointTokenContract;
    }

    /** @throws IllegalStateException at boot, naming the variable, when the key or the contract is missing or malformed */
    static TreasuryWallet of(MBlockTreasuryProperties properties) {
        if (properties.walletKey() == null) {
            throw new IllegalStateException("POINT payouts are enabled but MBLOCK_TREASURY_WALLET_KEY is not set");
        }
        if (properties.pointTokenContract() == null
                || !CONTRACT.matcher(properties.pointTokenContract()).matches()) {
            throw new IllegalStateException("POINT payouts are enabled but MBLOCK_POINT_TOKEN_CONTRACT is not "
                    + "0x followed by 40 hex digits");
        }
        return new TreasuryWallet(
                new WalletKeySource.ProvidedKey(LABEL, properties.walletKey(), null), properties.pointTokenContract());
    }

    WalletKeySource.ProvidedKey keySource() {
        return keySource;
    }

    String pointTokenContract() {
        return pointTokenContract;
    }
}
