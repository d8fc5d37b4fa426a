package com.aeghash.wallet.internal.transactions;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.internal.WalletTables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The JDBC repository on one migrated database per kind, shared by the tests of this class and emptied before each. */
@OnEachDatabase
class JdbcWalletTransactionRepositoryIT extends WalletTransactionRepositoryContract {

    @RegisterExtension
    static final TestDatabaseScope DATABASES = TestDatabaseScope.wholeClass();

    @Parameter
    TestDatabases.Kind database;

    @Override
    WalletTransactionRepository createRepository() {
        return new JdbcWalletTransactionRepository(WalletTables.emptied(DATABASES.open(database)));
    }
}
