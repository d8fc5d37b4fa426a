package com.aeghash.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The vendor keys: MBlock (rotated every 90 days) and HashDam. */
@Component
class VendorSecrets implements ManagedSecrets {

    private final MBlockProperties mblock;
    private final HashDamProperties hashDam;

    VendorSecrets(MBlockProperties mblock, HashDamProperties hashDam) {
        this.mblock = mblock;
        this.hashDam = hashDam;
    }

    @Override
    public List<ManagedSecret> managedSecrets() {
        List<ManagedSecret> secrets = new ArrayList<>();
        if (mblock.apiKey() != null) {
            secrets.add(new ManagedSecret("MBLOCK_API_KEY", mblock.apiKey(), mblock.apiKeyRotatedAt(),
                    mblock.rotationPeriod()));
        }
        if (hashDam.apiKey() != null) {
            secrets.add(new ManagedSecret("HASHDAM_API_KEY", hashDam.apiKey(), hashDam.apiKeyRotatedAt(),
                    hashDam.rotationPeriod()));
        }
        return secrets;
    }
}
