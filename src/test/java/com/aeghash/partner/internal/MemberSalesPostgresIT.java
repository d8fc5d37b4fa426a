package com.aeghash.partner.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresCondition.class)
class MemberSalesPostgresIT extends MemberSalesContract {

    @Override
    DataSource createDataSource() {
        return TestDatabases.create(TestDatabases.Kind.POSTGRES);
    }
}
