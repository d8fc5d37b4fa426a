package com.aeghash.wallet.internal.transit;

import com.aeghash.config.MBlockProperties;
import com.aeghash.config.SecretEncryptor;
import com.aeghash.config.VendorEndpoints;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.transactions.TransactionSends;
import com.aeghash.wallet.internal.wallets.WalletSigners;
import java.time.Clock;
import org.springframework.core.env.Environment;

/** Builds this package's parts for tests wired by hand outside it ({@code WalletTestKit}). */
public final class TransitFixtures {

    private TransitFixtures() {}

    /** A transit processor whose callback URLs carry tokens derived from {@code encryptor}. */
    public static TransitProcessor processor(
            WalletSigners signers,
            MBlockClient client,
            TransactionSends sends,
            MBlockProperties mblock,
            VendorEndpoints endpoints,
            SecretEncryptor encryptor,
            Environment environment,
            WalletProperties properties,
            Clock clock) {
        TransitCallbackUrls callbackUrls =
                new TransitCallbackUrls(mblock, endpoints, new TransitCallbackTokens(encryptor), environment);
        return new TransitProcessor(signers, client, sends, callbackUrls, mblock, properties, clock);
    }
}
