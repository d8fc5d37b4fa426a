package com.aeghash.organization.internal;

import com.aeghash.testsupport.TestDatabases;
import org.springframework.jdbc.core.JdbcTemplate;

class JdbcOrganizationRepositoryH2IT extends OrganizationRepositoryContract {

    @Override
    Repositories createRepositories() {
        JdbcTemplate jdbc = new JdbcTemplate(TestDatabases.create(TestDatabases.Kind.H2));
        return new Repositories(new JdbcMemberRepository(jdbc), new JdbcUnilevelTreeRepository(jdbc),
                new JdbcBinaryTreeRepository(jdbc));
    }
}
