package com.aeghash.wallet.internal.transactions;

class InMemoryWalletTransactionRepositoryTest extends WalletTransactionRepositoryContract {

    @Override
    WalletTransactionRepository createRepository() {
        return new InMemoryWalletTransactionRepository();
    }
}
