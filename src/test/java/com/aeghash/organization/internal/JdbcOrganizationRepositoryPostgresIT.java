package com.aeghash.organization.internal;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

@ExtendWith(PostgresCondition.class)
class JdbcOrganizationRepositoryPostgresIT extends OrganizationRepositoryContract {

    private DataSource dataSource;

    @Override
    Repositories createRepositories() {
        dataSource = TestDatabases.create(TestDatabases.Kind.POSTGRES);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new Repositories(new JdbcMemberRepository(jdbc), new JdbcUnilevelTreeRepository(jdbc),
                new JdbcBinaryTreeRepository(jdbc), new JdbcSalesVolumeEventRepository(jdbc));
    }

    @AfterEach
    void closeDataSource() {
        TestDatabases.close(dataSource);
    }
}
