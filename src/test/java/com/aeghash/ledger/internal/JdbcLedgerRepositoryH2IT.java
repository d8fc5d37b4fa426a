package com.aeghash.ledger.internal;

import com.aeghash.testsupport.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

class JdbcLedgerRepositoryH2IT extends LedgerRepositoryContract {

    @Override
    LedgerRepository createRepository() {
        return new JdbcLedgerRepository(new JdbcTemplate(TestDatabases.create(TestDatabases.Kind.H2)));
    }
}
