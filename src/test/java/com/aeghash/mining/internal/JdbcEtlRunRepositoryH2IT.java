package com.aeghash.mining.internal;

import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.testsupport.TestDatabases;

class JdbcEtlRunRepositoryH2IT extends EtlRunRepositoryContract {

    @Override
    protected EtlRunRepository runs() {
        return SqlMiningRepositories.runs(TestDatabases.Kind.H2);
    }
}
