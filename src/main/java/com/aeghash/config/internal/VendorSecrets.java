package com.aeghash.config.internal;

import com.aeghash.config.HashDamProperties;
import com.aeghash.config.MBlockProperties;
import com.aeghash.config.MBlockTreasuryProperties;
import com.aeghash.config.ManagedSecret;
import com.aeghash.config.ManagedSecrets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The vendor keys: MBlock (rotated every 90 days), HashDam, and the MBlock treasury wallet key. */
@Component
class VendorSecrets implements ManagedSecrets {

    private final MBlockProperties mblock;
    private final HashDamProperties hashDam;
    private final MBlockTreasuryProperties treasury;

    VendorSecrets(MBlockProperties mblock, HashDamProperties hashDam, MBlockTreasuryProperties treasury) {
        this.mblock = mblock;
        this.hashDam = hashDam;
        this.treasury = treasury;
    }

    @Override
    public List<ManagedSecret> managedSecrets() {
        List<ManagedSecret> secrets = new ArrayList<>();
        if (mblock.apiKey() != null) {
            secrets.add(new ManagedSecret(
                    "MBLOCK_API_KEY", mblock.apiKey(), mblock.apiKeyRotatedAt(), mblock.rotationPeriod()));
        }
        if (hashDam.apiKey() != null) {
            secrets.add(new ManagedSecret(
                    "HASHDAM_API_KEY", hashDam.apiKey(), hashDam.apiKeyRotatedAt(), hashDam.rotationPeriod()));
        }
        if (treasury.walletKey() != null) {
            secrets.add(new ManagedSecret(
                    "MBLOCK_TREASURY_WALLET_KEY",
                    treasury.walletKey(),
                    treasury.walletKeyRotatedAt(),
                    treasury.rotationPeriod()));
        }
        return secrets;
    }
}
