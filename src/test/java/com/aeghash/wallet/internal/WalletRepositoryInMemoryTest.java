package com.aeghash.wallet.internal;

class WalletRepositoryInMemoryTest extends WalletRepositoryContract {

    @Override
    WalletRepository createRepository() {
        return new InMemoryWalletRepository();
    }
}
