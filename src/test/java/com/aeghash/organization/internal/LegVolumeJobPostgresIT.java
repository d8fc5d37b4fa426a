package com.aeghash.organization.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class LegVolumeJobPostgresIT extends LegVolumeJobContract {

    @Override
    DataSource createDataSource() {
        return TestDatabases.create(TestDatabases.Kind.POSTGRES);
    }
}
