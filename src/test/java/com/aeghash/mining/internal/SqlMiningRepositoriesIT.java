package com.aeghash.mining.internal;

import com.aeghash.mining.internal.balances.JdbcMiningBalanceRepository;
import com.aeghash.mining.internal.hashpower.JdbcHashPowerAdjustmentRepository;
import com.aeghash.mining.internal.project.JdbcProjectSnapshotRepository;
import com.aeghash.mining.internal.withdrawal.JdbcMiningWithdrawalRepository;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL mining repositories on one migrated database per kind, shared by the tests of this class. */
@OnEachDatabase
class SqlMiningRepositoriesIT extends MiningRepositoriesContract {

    @RegisterExtension
    static final TestDatabaseScope DATABASES = TestDatabaseScope.wholeClass();

    @Parameter
    TestDatabases.Kind database;

    @Override
    protected Repositories repositories() {
        JdbcTemplate jdbc = new JdbcTemplate(DATABASES.open(database));
        return new Repositories(
                new JdbcProjectSnapshotRepository(jdbc),
                new JdbcMiningBalanceRepository(jdbc),
                new JdbcHashPowerAdjustmentRepository(jdbc),
                new JdbcMiningWithdrawalRepository(jdbc));
    }
}
