package com.aeghash.console.internal;

import com.aeghash.approval.ApprovalRequest;
import com.aeghash.common.ApiException;
import com.aeghash.mining.EtlRunRequests;
import com.aeghash.mining.Mining;
import com.aeghash.wallet.Resolution;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.wallet.WalletTransaction;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Operators' actions on the jobs page (htmx POSTs), each rendering the section it changed. Running the ETL and deciding
 * an unknown wallet transaction move money, so each is confirmed first ({@link Confirmation}): a POST without {@code
 * confirmed=true} changes nothing and shows what it would do.
 */
@Controller
class JobActionsController {

    private final Mining mining;
    private final EtlRunRequests etlRuns;
    private final WalletOperations walletOperations;
    private final JobsSections sections;

    JobActionsController(
            Mining mining, EtlRunRequests etlRuns, WalletOperations walletOperations, JobsSections sections) {
        this.mining = mining;
        this.etlRuns = etlRuns;
        this.walletOperations = walletOperations;
        this.sections = sections;
    }

    /**
     * Runs (or resumes) the daily ETL of a recent UTC date; a completed date is returned unchanged; an older date
     * the schedule never ran becomes a request on the Approvals page.
     */
    @PostMapping("/console/jobs/etl-runs")
    @PreAuthorize("@consoleAccess.allows(authentication, 'RUN_MINING_JOBS')")
    String runEtl(
            @RequestParam(required = false) String date,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            ConsoleProblem.attempt(model, response, () -> dateOf(date))
                    .ifPresent(day ->
                            ActionConfirmations.etlRun(day, mining.etlRun(day)).show(model));
            sections.addEtlRuns(model);
            return JobsSections.ETL_RUNS;
        }
        ConsoleProblem.attempt(model, response, () -> etlRuns.start(dateOf(date), operator.getName(), null))
                .ifPresent(started -> model.addAttribute(
                        "done",
                        started.isDone()
                                ? "ETL run of " + started.done().date() + " is "
                                        + started.done().status().wireName() + ": "
                                        + started.done().processedMembers()
                                        + " of " + started.done().totalMembers() + " members processed"
                                : awaiting(started.awaiting())));
        sections.addEtlRuns(model);
        return JobsSections.ETL_RUNS;
    }

    @PostMapping("/console/jobs/project-snapshots")
    @PreAuthorize("@consoleAccess.allows(authentication, 'RUN_MINING_JOBS')")
    String takeSnapshot(Model model, HttpServletResponse response) {
        ConsoleProblem.attempt(model, response, mining::takeProjectSnapshot)
                .ifPresent(snapshot -> model.addAttribute("done", "Snapshot " + snapshot.id() + " taken"));
        sections.addProject(model);
        return JobsSections.PROJECT;
    }

    /** An operator's decision on a wallet transaction whose outcome stayed unknown (audited by the wallet module). */
    @PostMapping("/console/wallet-transactions/{id}/resolution")
    @PreAuthorize("@consoleAccess.allows(authentication, 'RESOLVE_WALLET_TRANSACTIONS')")
    String resolveWalletTransaction(
            @PathVariable long id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String txid,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean confirmed,
            Principal operator,
            Model model,
            HttpServletResponse response) {
        if (!confirmed) {
            ConsoleProblem.attempt(
                            model,
                            response,
                            () -> ActionConfirmations.walletDecision(
                                    unknownTransaction(id), succeeded(outcome), txid, note))
                    .ifPresent(confirmation -> confirmation.show(model));
            sections.addWalletUnknown(model);
            return JobsSections.WALLET_UNKNOWN;
        }
        ConsoleProblem.attempt(
                        model,
                        response,
                        () -> walletOperations.resolve(
                                id,
                                new Resolution(succeeded(outcome), Text.blankToNull(txid), note),
                                operator.getName()))
                .ifPresent(decided -> model.addAttribute(
                        "done",
                        decided.isDone()
                                ? "Transaction " + decided.done().id() + " decided: now "
                                        + decided.done().status().code()
                                : awaiting(decided.awaiting())));
        sections.addWalletUnknown(model);
        return JobsSections.WALLET_UNKNOWN;
    }

    /** The transaction if its outcome is unknown (one keyed read), else 409 {@code transaction_not_unknown}. */
    private WalletTransaction unknownTransaction(long id) {
        return walletOperations.unknownTransactionsAfter(id - 1, 1).stream()
                .filter(transaction -> transaction.id() == id)
                .findFirst()
                .orElseThrow(() -> ApiException.conflict(
                        "transaction_not_unknown", "transaction " + id + " is not awaiting a decision"));
    }

    /** What the operator learns when the action waits for a second one. */
    private static String awaiting(ApprovalRequest request) {
        return "A second operator must approve this: request " + request.id() + " (" + request.kind()
                + ") is on the Approvals page";
    }

    static LocalDate dateOf(String text) {
        String value = Text.blankToNull(text);
        if (value == null) {
            throw ApiException.validation("date", "is required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            throw ApiException.validation("date", "must be a date such as 2025-01-31");
        }
    }

    private static boolean succeeded(String outcome) {
        if ("succeeded".equals(outcome) || "failed".equals(outcome)) {
            return "succeeded".equals(outcome);
        }
        throw ApiException.validation("outcome", "must be succeeded or failed");
    }
}
