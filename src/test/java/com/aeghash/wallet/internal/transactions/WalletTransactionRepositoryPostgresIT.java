package com.aeghash.wallet.internal.transactions;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.internal.WalletTables;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class WalletTransactionRepositoryPostgresIT extends WalletTransactionRepositoryContract {

    @Override
    WalletTransactionRepository createRepository() {
        return new JdbcWalletTransactionRepository(WalletTables.emptied(TestDatabases.Kind.POSTGRES));
    }
}
