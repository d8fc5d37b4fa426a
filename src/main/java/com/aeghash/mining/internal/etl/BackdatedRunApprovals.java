package com.aeghash.mining.internal.etl;

import com.aeghash.approval.ApprovalHandler;
import com.aeghash.approval.ApprovalRequest;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.mining.EtlRun;
import com.aeghash.security.Role;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Starts an approved back-dated mining run. It calls HashDam, so it runs after the approval committed, with no
 * transaction open; running it again (after a crash) resumes the run or finds it completed, crediting nobody twice.
 */
@Component
class BackdatedRunApprovals implements ApprovalHandler {

    private final DailyProfitEtl etl;
    private final AuditLog auditLog;

    BackdatedRunApprovals(DailyProfitEtl etl, AuditLog auditLog) {
        this.etl = etl;
        this.auditLog = auditLog;
    }

    @Override
    public String kind() {
        return EtlRunRequestsService.APPROVAL_KIND;
    }

    @Override
    public Set<Role> checkerRoles() {
        return Set.of(Role.OPERATIONS, Role.FINANCE);
    }

    @Override
    public boolean callsVendor() {
        return true;
    }

    @Override
    public String execute(ApprovalRequest request, String checker) {
        LocalDate date = LocalDate.parse(request.payload().path("date").asString());
        auditLog.record(
                request.maker(),
                EtlRunRequestsService.AUDIT_ACTION,
                date.toString(),
                Map.of("approvedBy", checker, "approvalRequestId", String.valueOf(request.id())));
        try {
            EtlRun run = etl.run(date);
            return "run of " + date + " " + run.status().wireName() + ": " + run.processedMembers() + " of "
                    + run.totalMembers() + " members credited";
        } catch (ApiException inProgress) {
            if (!"etl_run_in_progress".equals(inProgress.code())) {
                throw inProgress;
            }
            // Another instance (or the execution this one resumes) holds the run's lease: the run has started.
            return "run of " + date + " is in progress on another instance: see GET /api/v1/mining/etl-runs/" + date;
        }
    }
}
