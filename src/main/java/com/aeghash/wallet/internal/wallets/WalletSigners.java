package com.aeghash.wallet.internal.wallets;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.wallet.WalletKeySource;
import org.springframework.stereotype.Component;

/** Finds the wallet key a transaction is signed with, and refuses wallets that cannot sign now. */
@Component
public class WalletSigners {

    private final WalletRepository wallets;
    private final WalletKeys keys;

    public WalletSigners(WalletRepository wallets, WalletKeys keys) {
        this.wallets = wallets;
        this.keys = keys;
    }

    public Signer resolve(WalletKeySource source) {
        if (source instanceof WalletKeySource.MemberWallet member) {
            return memberSigner(member.memberId());
        }
        WalletKeySource.ProvidedKey provided = (WalletKeySource.ProvidedKey) source;
        return new Signer(provided.walletKey(), null, provided.address());
    }

    /** The member's wallet in any state but CREATING (which is not a wallet yet). */
    public WalletRecord knownWallet(String memberId) {
        return wallets.find(memberId)
                .filter(found -> found.state() != WalletState.CREATING)
                .orElseThrow(() -> ApiException.notFound("wallet"));
    }

    /** The member's wallet if it can sign now. */
    public WalletRecord activeWallet(String memberId) {
        WalletRecord wallet = knownWallet(memberId);
        if (wallet.state() == WalletState.REFRESHING) {
            throw ApiException.conflict(
                    "wallet_key_refreshing", "the wallet key of " + memberId + " is being rotated; try again shortly");
        }
        if (wallet.state() == WalletState.KEY_LOST) {
            throw ApiException.conflict(
                    "wallet_key_lost",
                    "MBlock no longer accepts the stored wallet key of " + memberId
                            + "; an operator must recover the wallet with MBlock");
        }
        return wallet;
    }

    private Signer memberSigner(String memberId) {
        WalletRecord wallet = activeWallet(memberId);
        return new Signer(keys.keyOf(wallet), memberId, wallet.address());
    }

    /** The key (masked when printed), the member (null for a provided key) and the sending address if known. */
    public record Signer(Secret key, String memberId, String address) {}
}
