package com.aeghash.audit.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@OnEachDatabase
class JdbcAuditLogIT extends AuditLogContract {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Override
    AuditLog createAuditLog() {
        DataSource dataSource = databases.open(database);
        return new JdbcAuditLog(
                JdbcClient.create(dataSource),
                new JdbcTemplate(dataSource),
                JsonMapper.builder().build(),
                CLOCK);
    }
}
