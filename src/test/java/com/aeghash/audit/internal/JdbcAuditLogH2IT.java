package com.aeghash.audit.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.testsupport.TestDatabases;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

class JdbcAuditLogH2IT extends AuditLogContract {

    @Override
    AuditLog createAuditLog() {
        return new JdbcAuditLog(JdbcClient.create(TestDatabases.create(TestDatabases.Kind.H2)),
                JsonMapper.builder().build(), CLOCK);
    }
}
