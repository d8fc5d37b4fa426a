package com.aeghash.wallet.internal.wallets;

import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.internal.WalletTables;

class WalletRepositoryH2IT extends WalletRepositoryContract {

    @Override
    WalletRepository createRepository() {
        return new JdbcWalletRepository(WalletTables.emptied(TestDatabases.Kind.H2));
    }
}
