package com.aeghash.organization.internal;

import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;

class LegVolumeJobH2IT extends LegVolumeJobContract {

    @Override
    DataSource createDataSource() {
        return TestDatabases.create(TestDatabases.Kind.H2);
    }
}
