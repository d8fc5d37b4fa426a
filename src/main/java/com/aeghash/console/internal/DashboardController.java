package com.aeghash.console.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.mining.Mining;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.notification.AlertDesk;
import com.aeghash.notification.AlertHistory;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.withdrawal.WithdrawalOperations;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard: work waiting for operators (counted up to a bound), the last job runs, health, alerts, and for
 * those who may read the audit trail its recent entries.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class DashboardController {

    /** Counters stop here: past it the dashboard says "more than 100" instead of reading everything. */
    static final int COUNT_MAX = 100;

    static final int RECENT = 10;
    private final WithdrawalOperations withdrawals;
    private final MiningWithdrawals miningWithdrawals;
    private final WalletOperations walletOperations;
    private final Mining mining;
    private final BonusOperations bonus;
    private final AlertHistory alerts;
    private final AlertDesk alertDesk;
    private final AuditLog auditLog;
    private final HealthEndpoint health;
    private final ConsoleAccess access;
    private final DashboardCharts charts;
    private final JsonMapper json;

    DashboardController(
            WithdrawalOperations withdrawals,
            MiningWithdrawals miningWithdrawals,
            WalletOperations walletOperations,
            Mining mining,
            BonusOperations bonus,
            AlertHistory alerts,
            AlertDesk alertDesk,
            AuditLog auditLog,
            HealthEndpoint health,
            ConsoleAccess access,
            DashboardCharts charts,
            JsonMapper json) {
        this.withdrawals = withdrawals;
        this.miningWithdrawals = miningWithdrawals;
        this.walletOperations = walletOperations;
        this.mining = mining;
        this.bonus = bonus;
        this.alerts = alerts;
        this.alertDesk = alertDesk;
        this.auditLog = auditLog;
        this.health = health;
        this.access = access;
        this.charts = charts;
        this.json = json;
    }

    @GetMapping({"/console", "/"})
    String dashboard(
            @RequestParam(defaultValue = "30") int withdrawalDays,
            @RequestParam(defaultValue = "30") int miningDays,
            @RequestParam(defaultValue = "30") int closings,
            @RequestParam(defaultValue = "24") int partnerHours,
            Model model,
            Authentication authentication) {
        model.addAttribute("counters", counters());
        List<Chart> drawn = charts.charts(withdrawalDays, miningDays, closings, partnerHours);
        model.addAttribute("charts", drawn);
        model.addAttribute(
                "chartJson",
                drawn.stream().collect(Collectors.toMap(Chart::id, chart -> json.writeValueAsString(chart.drawing()))));
        model.addAttribute(
                "lastEtlRun", mining.recentEtlRuns(1).stream().findFirst().orElse(null));
        model.addAttribute(
                "lastClosing", bonus.recentClosings(1).stream().findFirst().orElse(null));
        model.addAttribute("health", health.health());
        model.addAttribute("alerts", alerts.recent(RECENT));
        if (access.allows(authentication, ConsoleAction.READ_AUDIT_TRAIL.name())) {
            model.addAttribute("audit", auditLog.recent(null, RECENT));
        }
        return "console/dashboard";
    }

    private List<Counter> counters() {
        int flagged = withdrawals.countUpTo("pending", true, COUNT_MAX)
                + withdrawals.countUpTo("approved_pending", true, COUNT_MAX);
        return List.of(
                Counter.upTo(
                        "Awaiting first approval",
                        withdrawals.countUpTo("pending", null, COUNT_MAX),
                        "/console/withdrawals?status=pending"),
                Counter.upTo(
                        "Awaiting second approval",
                        withdrawals.countUpTo("approved_pending", null, COUNT_MAX),
                        "/console/withdrawals?status=approved_pending"),
                Counter.upTo(
                        "Flagged, awaiting approval",
                        Math.min(flagged, COUNT_MAX + 1),
                        "/console/withdrawals?flagged=true"),
                Counter.upTo(
                        "Unknown payouts",
                        withdrawals.countUpTo("unknown", null, COUNT_MAX),
                        "/console/withdrawals?status=unknown"),
                Counter.upTo(
                        "Unknown mining withdrawals",
                        miningWithdrawals
                                .list(MiningWithdrawalStatus.UNKNOWN, null, COUNT_MAX + 1)
                                .size(),
                        "/console/jobs?miningStatus=unknown"),
                Counter.atLeast(
                        "Unknown wallet transactions",
                        walletOperations.unknownTransactions(COUNT_MAX).size(),
                        "/console/jobs#wallet-unknown"),
                Counter.upTo("Unacknowledged alerts", alertDesk.countUnacknowledgedUpTo(COUNT_MAX), "/console/alerts"));
    }

    /** One number of work waiting, as shown ({@code more than 100}, {@code 100 or more}), and where to see it. */
    record Counter(String label, int count, String shown, String link) {

        /** {@code counted} is at most {@link DashboardController#COUNT_MAX} + 1, which means more than the maximum. */
        static Counter upTo(String label, int counted, String link) {
            return new Counter(
                    label, counted, counted > COUNT_MAX ? "more than " + COUNT_MAX : Integer.toString(counted), link);
        }

        /** For a source that lists at most {@link DashboardController#COUNT_MAX}: a full list may hide more. */
        static Counter atLeast(String label, int listed, String link) {
            return new Counter(
                    label, listed, listed >= COUNT_MAX ? COUNT_MAX + " or more" : Integer.toString(listed), link);
        }
    }
}
