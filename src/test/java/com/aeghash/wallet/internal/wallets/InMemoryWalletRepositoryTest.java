package com.aeghash.wallet.internal.wallets;

class InMemoryWalletRepositoryTest extends WalletRepositoryContract {

    @Override
    WalletRepository createRepository() {
        return new InMemoryWalletRepository();
    }
}
