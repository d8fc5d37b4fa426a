package com.aeghash.wallet.internal;

class WalletTransactionRepositoryInMemoryTest extends WalletTransactionRepositoryContract {

    @Override
    WalletTransactionRepository createRepository() {
        return new InMemoryWalletTransactionRepository();
    }
}
