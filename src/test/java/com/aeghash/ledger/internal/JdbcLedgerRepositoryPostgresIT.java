package com.aeghash.ledger.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(PostgresCondition.class)
class JdbcLedgerRepositoryPostgresIT extends LedgerRepositoryContract {

    @Override
    LedgerRepository createRepository() {
        return new JdbcLedgerRepository(new JdbcTemplate(TestDatabases.create(TestDatabases.Kind.POSTGRES)));
    }
}
