package com.aeghash.sandbox.internal.mblock;

import com.aeghash.common.Secret;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The treasury wallet the simulated chain creates at start-up ({@code aeghash.sandbox.mblock.treasury.*}), so that
 * POINT payouts work in the sandbox: the sandbox profile points {@code wallet-key} and {@code token-contract} at
 * the withdrawal module's own settings ({@code MBLOCK_TREASURY_WALLET_KEY}, {@code MBLOCK_POINT_TOKEN_CONTRACT}).
 * Unset key or contract: no treasury is created.
 *
 * @param tokenBalance POINT tokens the treasury starts with
 * @param bnb          BNB it starts with, to pay the gas of its transfers
 * @param procurementTokenContract the token hash-power procurements pay HashDam with (the sandbox points it at
 *                                 {@code MINING_PROCUREMENT_PAYMENT_TOKEN_CONTRACT}); unset: none is funded
 * @param procurementTokenBalance  how much of that token the treasury starts with
 */
@ConfigurationProperties("aeghash.sandbox.mblock.treasury")
record MBlockTreasurySeed(
        Secret walletKey,
        String tokenContract,
        @DefaultValue("1000000") BigDecimal tokenBalance,
        @DefaultValue("10") BigDecimal bnb,
        String procurementTokenContract,
        @DefaultValue("1000000") BigDecimal procurementTokenBalance) {

    public MBlockTreasurySeed {
        tokenContract = tokenContract == null || tokenContract.isBlank() ? null : tokenContract.trim();
        procurementTokenContract = procurementTokenContract == null || procurementTokenContract.isBlank()
                ? null
                : procurementTokenContract.trim();
        if (tokenBalance.signum() < 0 || bnb.signum() < 0) {
            throw new IllegalArgumentException("aeghash.sandbox.mblock.treasury balances must not be negative");
        }
        if (tokenContract != null && !SimulatedChain.isAddress(tokenContract)) {
            throw new IllegalArgumentException(
                    "aeghash.sandbox.mblock.treasury.token-contract must be 0x followed by " + "40 hex digits");
        }
    }

    boolean configured() {
        return walletKey != null && tokenContract != null;
    }
}
