package com.aeghash.wallet.internal.wallets;

import com.aeghash.common.Secret;
import com.aeghash.config.SecretEncryptor;
import org.springframework.stereotype.Component;

/**
 * Wallet keys at rest: AES-GCM through {@link SecretEncryptor}, bound to the member by the context
 * {@code wallet:<memberId>} (a ciphertext copied to another member's row does not decrypt). In memory they
 * only exist as {@link Secret}, for the duration of one vendor call.
 */
@Component
public class WalletKeys {

    private final SecretEncryptor encryptor;

    public WalletKeys(SecretEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    public Secret keyOf(WalletRecord wallet) {
        return encryptor.decrypt(wallet.keyCiphertext(), context(wallet.memberId()));
    }

    public String encrypt(String memberId, Secret walletKey) {
        return encryptor.encrypt(walletKey, context(memberId));
    }

    public static String context(String memberId) {
        return "wallet:" + memberId;
    }
}
