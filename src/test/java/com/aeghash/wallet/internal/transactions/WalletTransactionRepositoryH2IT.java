package com.aeghash.wallet.internal.transactions;

import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.internal.WalletTables;

class WalletTransactionRepositoryH2IT extends WalletTransactionRepositoryContract {

    @Override
    WalletTransactionRepository createRepository() {
        return new JdbcWalletTransactionRepository(WalletTables.emptied(TestDatabases.Kind.H2));
    }
}
