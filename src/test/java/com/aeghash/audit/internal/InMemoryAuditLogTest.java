package com.aeghash.audit.internal;

import com.aeghash.audit.AuditLog;

class InMemoryAuditLogTest extends AuditLogContract {

    @Override
    AuditLog createAuditLog() {
        return new InMemoryAuditLog(CLOCK);
    }
}
