package com.aeghash.partner.internal;

import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;

class MemberSalesH2IT extends MemberSalesContract {

    @Override
    DataSource createDataSource() {
        return TestDatabases.create(TestDatabases.Kind.H2);
    }
}
