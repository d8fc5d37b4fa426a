package com.aeghash.partner.internal;

import com.aeghash.testsupport.TestDatabases;

class JdbcPartnerRepositoriesH2IT extends JdbcPartnerRepositories {

    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }
}
