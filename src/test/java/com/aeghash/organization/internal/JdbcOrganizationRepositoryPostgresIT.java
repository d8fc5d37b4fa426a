package com.aeghash.organization.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(PostgresCondition.class)
class JdbcOrganizationRepositoryPostgresIT extends OrganizationRepositoryContract {

    @Override
    Repositories createRepositories() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.create(TestDatabases.Kind.POSTGRES));
        return new Repositories(new JdbcMemberRepository(jdbc), new JdbcUnilevelTreeRepository(jdbc),
                new JdbcBinaryTreeRepository(jdbc));
    }
}
