package com.aeghash.mining.internal;

import com.aeghash.testsupport.TestDatabases;

class SqlMiningRepositoriesH2IT extends MiningRepositoriesContract {

    @Override
    protected Repositories repositories() {
        return SqlMiningRepositories.of(TestDatabases.Kind.H2);
    }
}
