package com.aeghash.wallet.internal;

import com.aeghash.testsupport.TestDatabases;

class WalletRepositoryH2IT extends WalletRepositoryContract {

    @Override
    WalletRepository createRepository() {
        return new JdbcWalletRepository(WalletTables.emptied(TestDatabases.Kind.H2));
    }
}
