package com.aeghash.wallet.internal.wallets;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Secret;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one writer of members' wallet keys: a key is stored only encrypted (bound to its member) and always together
 * with its audit entry, which names the key by its fingerprint. Each method runs in the caller's transaction.
 */
@Component
public class WalletKeyStore {

    private final WalletRepository wallets;
    private final WalletKeys keys;
    private final AuditLog auditLog;
    private final Clock clock;

    public WalletKeyStore(WalletRepository wallets, WalletKeys keys, AuditLog auditLog, Clock clock) {
        this.wallets = wallets;
        this.keys = keys;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new wallet's address and key (audited {@code wallet.created} by {@code system}). */
    void saveCreated(String memberId, String address, Secret walletKey) {
        String fingerprint = walletKey.fingerprint();
        wallets.saveWallet(memberId, address, keys.encrypt(memberId, walletKey), fingerprint, clock.instant());
        auditLog.record(
                "system", "wallet.created", memberId, Map.of("address", address, "keyFingerprint", fingerprint));
    }

    /**
     * The key MBlock rotated to replaces the stored one, which makes the wallet ACTIVE again.
     *
     * @throws IllegalStateException when the wallet is no longer REFRESHING (nothing is written)
     */
    public void saveRotated(WalletRecord wallet, Secret fresh, String actor, String auditAction) {
        String memberId = wallet.memberId();
        if (!wallets.storeRefreshedKey(memberId, keys.encrypt(memberId, fresh), fresh.fingerprint(), clock.instant())) {
            throw new IllegalStateException("wallet of " + memberId + " is no longer REFRESHING");
        }
        auditLog.record(
                actor,
                auditAction,
                memberId,
                Map.of("previousKeyFingerprint", wallet.keyFingerprint(), "keyFingerprint", fresh.fingerprint()));
    }
}
