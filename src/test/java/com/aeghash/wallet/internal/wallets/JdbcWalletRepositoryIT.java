package com.aeghash.wallet.internal.wallets;

import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.wallet.internal.WalletTables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The JDBC repository on one migrated database per kind, shared by the tests of this class and emptied before each. */
@OnEachDatabase
class JdbcWalletRepositoryIT extends WalletRepositoryContract {

    @RegisterExtension
    static final TestDatabaseScope DATABASES = TestDatabaseScope.wholeClass();

    @Parameter
    TestDatabases.Kind database;

    @Override
    WalletRepository createRepository() {
        return new JdbcWalletRepository(WalletTables.emptied(DATABASES.open(database)));
    }
}
