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
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The sections of the jobs page, each filled from one module's API (the page and its htmx fragments share them). */
@Component
class JobsSections {

    static final int SHOWN = 20;
    static final String ETL_RUNS = "console/jobs :: etlRuns";
    static final String PROJECT = "console/jobs :: project";
    static final String WALLET_UNKNOWN = "console/jobs :: walletUnknown";
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

    /** Recent ETL runs; {@code etlRunning} makes the section poll itself. */
    void addEtlRuns(Model model) {
        List<EtlRun> runs = mining.recentEtlRuns(SHOWN);
        model.addAttribute("etlRuns", runs);
        model.addAttribute("etlRunning", runs.stream().anyMatch(run -> run.status() == EtlRunStatus.RUNNING));
    }

    void addProject(Model model) {
        model.addAttribute("snapshot", mining.latestProjectSnapshot().orElse(null));
        model.addAttribute("ipAllowlist", hashDam.ipAllowlist());
    }

    void addWalletUnknown(Model model) {
        model.addAttribute("walletUnknown", walletOperations.unknownTransactions(SHOWN));
    }

    /** Mining withdrawals newest first, of one status or all, before an id (keyset paging). */
    void addMiningWithdrawals(String status, Long before, Model model, HttpServletResponse response) {
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
                        () -> miningWithdrawals.list(status == null ? null : miningStatusOf(status), before, SHOWN + 1))
                .ifPresent(found -> {
                    List<MiningWithdrawalRecord> shown = found.size() > SHOWN ? found.subList(0, SHOWN) : found;
                    model.addAttribute("miningWithdrawals", shown);
                    model.addAttribute(
                            "miningOlder",
                            found.size() > SHOWN ? shown.get(SHOWN - 1).id() : null);
                });
    }

    private static MiningWithdrawalStatus miningStatusOf(String status) {
        return Arrays.stream(MiningWithdrawalStatus.values())
                .filter(candidate -> candidate.wireName().equals(status))
                .findFirst()
                .orElseThrow(() -> ApiException.validation(
                        "miningStatus", "must be one of submitting, submitted, completed, failed, unknown"));
    }
}
