package com.aeghash.mining.internal;

import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class JdbcEtlRunRepositoryPostgresIT extends EtlRunRepositoryContract {

    @Override
    protected EtlRunRepository runs() {
        return SqlMiningRepositories.runs(TestDatabases.Kind.POSTGRES);
    }
}
