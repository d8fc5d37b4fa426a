package com.aeghash.mining.internal;

import com.aeghash.mining.internal.etl.EtlRunRepository;
import com.aeghash.mining.internal.etl.JdbcEtlRunRepository;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The SQL ETL run store on one migrated database per kind, shared by the tests of this class. */
@OnEachDatabase
class JdbcEtlRunRepositoryIT extends EtlRunRepositoryContract {

    @RegisterExtension
    static final TestDatabaseScope DATABASES = TestDatabaseScope.wholeClass();

    @Parameter
    TestDatabases.Kind database;

    @Override
    protected EtlRunRepository runs() {
        return new JdbcEtlRunRepository(new JdbcTemplate(DATABASES.open(database)));
    }
}
