package com.aeghash.wallet.internal.transactions;

class WalletTransactionRepositoryInMemoryTest extends WalletTransactionRepositoryContract {

    @Override
    WalletTransactionRepository createRepository() {
        return new InMemoryWalletTransactionRepository();
    }
}
