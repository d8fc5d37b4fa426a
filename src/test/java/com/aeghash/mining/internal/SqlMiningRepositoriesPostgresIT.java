package com.aeghash.mining.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class SqlMiningRepositoriesPostgresIT extends MiningRepositoriesContract {

    @Override
    protected Repositories repositories() {
        return SqlMiningRepositories.of(TestDatabases.Kind.POSTGRES);
    }
}
