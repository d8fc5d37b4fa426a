package com.aeghash.wallet;

import com.aeghash.common.Secret;
import java.util.Objects;

/**
 * Whose wallet key signs a transfer: a member's stored wallet, or a key the caller holds itself (for
 * example the treasury wallet key from its own configuration, used by the withdrawal payout). A provided
 * key is used for the call only and never stored; {@code label} names it in records and alerts.
 */
public sealed interface WalletKeySource {

    String label();

    static WalletKeySource member(String memberId) {
        return new MemberWallet(memberId);
    }

    record MemberWallet(String memberId) implements WalletKeySource {
        public MemberWallet {
            Objects.requireNonNull(memberId, "memberId");
        }

        @Override
        public String label() {
            return "member:" + memberId;
        }
    }

    /**
     * @param address the wallet's address when known (lets the reconciler check a receipt's sender), or {@code null}
     */
    record ProvidedKey(String label, Secret walletKey, String address) implements WalletKeySource {
        public ProvidedKey {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(walletKey, "walletKey");
            if (label.isBlank() || label.length() > 100 || label.startsWith("member:")) {
                throw new IllegalArgumentException("a provided key's label is 1-100 characters, not member:...");
            }
        }
    }
}
