package com.aeghash.wallet.internal.wallets;

class WalletRepositoryInMemoryTest extends WalletRepositoryContract {

    @Override
    WalletRepository createRepository() {
        return new InMemoryWalletRepository();
    }
}
