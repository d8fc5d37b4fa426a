package com.aeghash.wallet.internal.wallets;

import com.aeghash.wallet.Wallet;
import java.time.Instant;

/**
 * A stored wallet: address and wallet key bound to a member. The key is held
 * only as ciphertext ({@code SecretEncryptor}, context {@code wallet:<memberId>}); {@code keyFingerprint}
 * identifies it in audits without disclosing it.
 */
public record WalletRecord(
        String memberId,
        WalletState state,
        String address,
        String keyCiphertext,
        String keyFingerprint,
        Instant createdAt,
        Instant keyRefreshedAt,
        Instant stateChangedAt) {

    public WalletRecord {
        if (state != WalletState.CREATING && (address == null || keyCiphertext == null || keyFingerprint == null)) {
            throw new IllegalStateException(
                    "wallet of " + memberId + " in state " + state + " lacks its address or key");
        }
    }

    public Wallet toWallet() {
        return new Wallet(memberId, address, createdAt, keyRefreshedAt);
    }

    @Override
    public String toString() {
        return "WalletRecord[memberId=" + memberId + ", state=" + state + ", address=" + address + ", key="
                + keyFingerprint + "]";
    }
}
