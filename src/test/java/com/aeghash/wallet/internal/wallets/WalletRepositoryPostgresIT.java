package com.aeghash.wallet.internal.wallets;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.internal.WalletTables;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class WalletRepositoryPostgresIT extends WalletRepositoryContract {

    @Override
    WalletRepository createRepository() {
        return new JdbcWalletRepository(WalletTables.emptied(TestDatabases.Kind.POSTGRES));
    }
}
