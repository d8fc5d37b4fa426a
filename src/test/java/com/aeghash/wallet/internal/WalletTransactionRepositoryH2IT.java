package com.aeghash.wallet.internal;

import com.aeghash.testsupport.TestDatabases;

class WalletTransactionRepositoryH2IT extends WalletTransactionRepositoryContract {

    @Override
    WalletTransactionRepository createRepository() {
        return new JdbcWalletTransactionRepository(WalletTables.emptied(TestDatabases.Kind.H2));
    }
}
