package com.aeghash.wallet.internal;

import com.aeghash.common.Secret;
import com.aeghash.config.SecretEncryptor;
import org.springframework.stereotype.Component;

/**
 * Wallet keys at rest: AES-GCM through {@link SecretEncryptor}, bound to the member by the context
 * {@code wallet:<memberId>} (a ciphertext copied to another member's row does not decrypt). In memory they
 * only exist as {@link Secret}, for the duration of one vendor call.
 */
@Component
class WalletKeys {

    private final SecretEncryptor encryptor;

    WalletKeys(SecretEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    Secret keyOf(WalletRecord wallet) {
        return encryptor.decrypt(wallet.keyCiphertext(), context(wallet.memberId()));
    }

    String encrypt(String memberId, Secret walletKey) {
        return encryptor.encrypt(walletKey, context(memberId));
    }

    static String context(String memberId) {
        return "wallet:" + memberId;
    }
}
