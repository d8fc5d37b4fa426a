package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.config.HashDamProperties;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.EtlRunStatus;
import com.aeghash.mining.Mining;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalStatus;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.wallet.WalletOperations;
import com.aeghash.wallet.WalletTransaction;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** The sections of the jobs page, each filled from one module's API (the page and its htmx fragments share them). */
@Component
class JobsSections {

    static final int SHOWN = 20;
    static final String ETL_RUNS = "console/jobs :: etlRuns";
    static final String PROJECT = "console/jobs :: project";
    static final String WALLET_UNKNOWN = "console/jobs :: walletUnknown";
    private static final String PAGE = "/console/jobs";
    private static final ConsolePaging.Keyset<EtlRun> ETL_RUNS_LIST =
            ConsolePaging.Keyset.newestFirst("etlBefore", run -> run.date().toString());
    private static final ConsolePaging.Keyset<MiningWithdrawalRecord> MINING_LIST =
            ConsolePaging.Keyset.newestFirstById("miningBefore", MiningWithdrawalRecord::id);
    private static final ConsolePaging.Keyset<WalletTransaction> UNKNOWN_LIST =
            ConsolePaging.Keyset.inOrderById("unknownAfter", WalletTransaction::id);
    private final Mining mining;
    private final MiningWithdrawals miningWithdrawals;
    private final WalletOperations walletOperations;
    private final HashDamProperties hashDam;

    JobsSections(
            Mining mining,
            MiningWithdrawals miningWithdrawals,
            WalletOperations walletOperations,
            HashDamProperties hashDam) {
        this.mining = mining;
        this.miningWithdrawals = miningWithdrawals;
        this.walletOperations = walletOperations;
        this.hashDam = hashDam;
    }

    /** The first page of the ETL runs, for the section answered to a POST. */
    void addEtlRuns(Model model) {
        addEtlRuns(model, ConsolePaging.addressOf(PAGE, Map.of()), null);
    }

    /**
     * A page of the ETL runs, newest dates first (keyset {@code etlBefore}, a date); {@code etlRunning} makes the
     * section poll itself (the same page), except while a confirmation is shown in it, which a refresh would remove.
     */
    void addEtlRuns(Model model, UriComponentsBuilder address, String before) {
        ConsolePage<EtlRun> runs = ConsolePaging.read(
                ETL_RUNS_LIST,
                address,
                before,
                SHOWN,
                (cursor, rows) -> cursor == null
                        ? mining.recentEtlRuns(rows)
                        : mining.etlRunsBefore(JobActionsController.dateOf(cursor), rows));
        model.addAttribute("etlRuns", runs);
        model.addAttribute("etlBefore", Text.blankToNull(before));
        model.addAttribute(
                "etlRunning",
                !model.containsAttribute(Confirmation.ATTRIBUTE)
                        && runs.items().stream().anyMatch(run -> run.status() == EtlRunStatus.RUNNING));
    }

    void addProject(Model model) {
        model.addAttribute("snapshot", mining.latestProjectSnapshot().orElse(null));
        model.addAttribute("ipAllowlist", hashDam.ipAllowlist());
    }

    /** The first page of the unknown wallet transactions, for the section answered to a POST. */
    void addWalletUnknown(Model model) {
        addWalletUnknown(model, ConsolePaging.addressOf(PAGE, Map.of()), null);
    }

    /** A page of the wallet transactions whose outcome is unknown, oldest first (keyset {@code unknownAfter}). */
    void addWalletUnknown(Model model, UriComponentsBuilder address, String after) {
        model.addAttribute(
                "walletUnknown",
                ConsolePaging.read(
                        UNKNOWN_LIST,
                        address,
                        after,
                        SHOWN,
                        (cursor, rows) -> walletOperations.unknownTransactionsAfter(
                                ConsolePaging.number(cursor, UNKNOWN_LIST.parameter(), 0), rows)));
    }

    /** Mining withdrawals newest first, of one status or all, a page before an id (keyset {@code miningBefore}). */
    void addMiningWithdrawals(
            String status, UriComponentsBuilder address, String before, Model model, HttpServletResponse response) {
        model.addAttribute(
                "miningStatuses",
                Arrays.stream(MiningWithdrawalStatus.values())
                        .map(MiningWithdrawalStatus::wireName)
                        .toList());
        model.addAttribute("miningStatus", status);
        ConsoleProblem.attempt(
                        model,
                        response,
                        "miningProblem",
                        () -> ConsolePaging.read(
                                MINING_LIST,
                                address,
                                before,
                                SHOWN,
                                (cursor, rows) -> miningWithdrawals.list(
                                        status == null ? null : miningStatusOf(status),
                                        cursor == null ? null : ConsolePaging.number(cursor, "miningBefore", 0),
                                        rows)))
                .ifPresent(found -> model.addAttribute("miningWithdrawals", found));
    }

    private static MiningWithdrawalStatus miningStatusOf(String status) {
        return Arrays.stream(MiningWithdrawalStatus.values())
                .filter(candidate -> candidate.wireName().equals(status))
                .findFirst()
                .orElseThrow(() -> ApiException.validation(
                        "miningStatus", "must be one of submitting, submitted, completed, failed, unknown"));
    }
}
