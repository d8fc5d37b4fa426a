package com.aeghash.audit.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.audit.BulkAudit;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The application's audit trail over the bench's database, so the benchmark writes the audit entries it would. */
public record BenchAuditLog(AuditLog log, BulkAudit bulk) {

    public static BenchAuditLog over(JdbcTemplate jdbc) {
        JdbcAuditLog audit = new JdbcAuditLog(
                JdbcClient.create(jdbc), jdbc, JsonMapper.builder().build(), Clock.systemUTC());
        return new BenchAuditLog(audit, audit);
    }
}
