package com.aeghash.wallet.internal.wallets;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.UnitOfWork;
import com.aeghash.wallet.WalletCreation;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.MBlockException;
import com.aeghash.wallet.internal.mblock.MBlockNewWallet;
import com.aeghash.wallet.internal.mblock.VendorProblems;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One wallet per member. The member's row is claimed (CREATING, committed) before {@code requestWallet} is
 * sent, so concurrent requests cannot create two vendor wallets; the address and the encrypted key are then
 * stored with an audit entry in one transaction. When MBlock fails, the claim is dropped: at worst the
 * vendor created a wallet nobody knows the address of, which holds no funds.
 */
@Component
public class WalletCreator {

    private static final Logger log = LoggerFactory.getLogger(WalletCreator.class);
    private final WalletRepository wallets;
    private final WalletKeyStore keyStore;
    private final MBlockClient client;
    private final UnitOfWork unitOfWork;
    private final WalletProperties properties;
    private final Clock clock;

    public WalletCreator(
            WalletRepository wallets,
            WalletKeyStore keyStore,
            MBlockClient client,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock) {
        this.wallets = wallets;
        this.keyStore = keyStore;
        this.client = client;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    public WalletCreation create(String memberId) {
        UnitOfWork.requireNoTransaction("wallet creation");
        MemberIds.require(memberId, "memberId");
        Optional<WalletCreation> existing = existingWallet(memberId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        boolean claimed = unitOfWork.inNewTransaction(
                () -> wallets.claimCreation(memberId, now, now.minus(properties.creationStaleAfter())));
        if (!claimed) {
            return existingWallet(memberId)
                    .orElseThrow(() -> ApiException.conflict(
                            "wallet_creation_in_progress",
                            "the wallet of " + memberId + " is being created; try again shortly"));
        }
        MBlockNewWallet created;
        try {
            created = client.requestWallet();
        } catch (MBlockException failure) {
            unitOfWork.inNewTransaction(() -> wallets.abandonCreation(memberId));
            log.warn("wallet creation for {} failed: {}", memberId, failure.getMessage());
            throw VendorProblems.of(failure);
        }
        store(memberId, created);
        return new WalletCreation(wallets.find(memberId).orElseThrow().toWallet(), true);
    }

    private void store(String memberId, MBlockNewWallet created) {
        unitOfWork.inNewTransaction(() -> keyStore.saveCreated(memberId, created.address(), created.walletKey()));
        log.info(
                "created wallet {} for member {} (key {})",
                created.address(),
                memberId,
                created.walletKey().fingerprint());
    }

    private Optional<WalletCreation> existingWallet(String memberId) {
        return wallets.find(memberId)
                .filter(wallet -> wallet.state() != WalletState.CREATING)
                .map(wallet -> new WalletCreation(wallet.toWallet(), false));
    }
}
