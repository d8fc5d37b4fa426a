package com.aeghash.audit.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(PostgresCondition.class)
class JdbcAuditLogPostgresIT extends AuditLogContract {

    @Override
    AuditLog createAuditLog() {
        return new JdbcAuditLog(JdbcClient.create(TestDatabases.create(TestDatabases.Kind.POSTGRES)),
                JsonMapper.builder().build(), CLOCK);
    }
}
