package com.aeghash.mining.internal.etl;

import com.aeghash.approval.ApprovalRequests;
import com.aeghash.approval.DoneOrAwaiting;
import com.aeghash.approval.NewApprovalRequest;
import com.aeghash.audit.AuditLog;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.EtlRunRequests;
import com.aeghash.mining.internal.MiningProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@link EtlRunRequests}. The window is counted in the mining time zone (UTC, HashDam's day): with the default of 2
 * days, on the 10th one operator may run the 8th and the 9th; the 7th and earlier need a second operator unless
 * their run already exists. The run itself is {@link DailyProfitEtl}'s, idempotent by its ledger references, which
 * is what lets {@link BackdatedRunApprovals} run it again after a crash.
 */
@Service
class EtlRunRequestsService implements EtlRunRequests {

    static final String APPROVAL_KIND = "mining.backdated_run";
    static final String AUDIT_ACTION = "mining.etl_run_started";
    private final DailyProfitEtl etl;
    private final ApprovalRequests approvals;
    private final AuditLog auditLog;
    private final MiningProperties properties;
    private final Clock clock;

    EtlRunRequestsService(
            DailyProfitEtl etl,
            ApprovalRequests approvals,
            AuditLog auditLog,
            MiningProperties properties,
            Clock clock) {
        this.etl = etl;
        this.approvals = approvals;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public DoneOrAwaiting<EtlRun> start(LocalDate date, String operator, String reason) {
        if (withinWindow(date) || etl.find(date).isPresent()) {
            auditLog.record(operator, AUDIT_ACTION, date.toString(), Map.of("approval", "not needed"));
            return DoneOrAwaiting.done(etl.run(date));
        }
        String why = reason == null || reason.isBlank()
                ? "run of " + date + ", which is more than " + properties.etl().operatorWindowDays()
                        + " days before today and has never run"
                : reason;
        return DoneOrAwaiting.awaiting(approvals.submit(new NewApprovalRequest(
                APPROVAL_KIND,
                "mining-run:" + date,
                JsonNodeFactory.instance.objectNode().put("date", date.toString()),
                operator,
                why)));
    }

    /** A date no earlier than {@code operator-window-days} before today (later dates are refused by the run). */
    private boolean withinWindow(LocalDate date) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return !date.isBefore(today.minusDays(properties.etl().operatorWindowDays()));
    }
}
