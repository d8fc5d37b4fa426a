package com.aeghash.config;

import com.aeghash.common.Secret;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company treasury wallet at MBlock, which pays POINT withdrawals as token transfers. Environment:
 * {@code MBLOCK_TREASURY_WALLET_KEY}, {@code MBLOCK_TREASURY_WALLET_KEY_ROTATED_AT},
 * {@code MBLOCK_POINT_TOKEN_CONTRACT}. The wallet key is a bearer credential for the treasury's funds: it is held
 * as a {@link Secret}, reported only by fingerprint, and never written anywhere (it is read from the environment
 * at every start, so there is nothing to encrypt at rest). The prod boot check requires both values only while
 * POINT payouts are enabled ({@code aeghash.withdrawal.point-payouts-enabled}).
 *
 * @param pointTokenContract the BEP-20 contract of the POINT token: {@code 0x} and 40 hex digits
 */
@ConfigurationProperties("aeghash.mblock.treasury")
public record MBlockTreasuryProperties(
        Secret walletKey,
        LocalDate walletKeyRotatedAt,
        @DefaultValue("90d") Duration rotationPeriod,
        String pointTokenContract) {

    public MBlockTreasuryProperties {
        pointTokenContract =
                pointTokenContract == null || pointTokenContract.isBlank() ? null : pointTokenContract.trim();
    }
}
