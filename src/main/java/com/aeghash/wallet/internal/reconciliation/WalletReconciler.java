package com.aeghash.wallet.internal.reconciliation;

import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.internal.WalletProperties;
import com.aeghash.wallet.internal.keys.WalletKeyRotation;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransactionRecorder;
import com.aeghash.wallet.internal.transactions.WalletTransactionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reconciles wallet transactions whose outcome is not known, on a schedule ({@code janitor-schedule},
 * e.g. {@code 5m,1h,1d}), and never by sending again:
 * <ul>
 *   <li>a row still SUBMITTING long after its intent (the process died between phases) becomes unknown;</li>
 *   <li>a transit without callback past its deadline: its wallet balance is looked up, it becomes unknown;</li>
 *   <li>an unknown transfer with a txid is checked with {@code receiptByHash}; a matching receipt settles it;</li>
 *   <li>when the schedule is used up, an operator is alerted and decides (resolution endpoint);</li>
 *   <li>key rotations left REFRESHING are settled ({@link WalletKeyRotation#recoverStale}).</li>
 * </ul>
 * Vendor calls run outside transactions; each result is applied to the row re-read under its lock, and
 * only if the row has not changed since it was read. Its configuration keys ({@code aeghash.wallet.janitor-*}),
 * lock name and URL ({@code /api/v1/wallet-janitor/runs}) keep the older word so deployments and clients do not
 * break.
 */
@Component
public class WalletReconciler {

    private static final Logger log = LoggerFactory.getLogger(WalletReconciler.class);
    private final WalletTransactionRepository repository;
    private final TransactionRecorder recorder;
    private final UnknownTransactionChecks checks;
    private final WalletKeyRotation keyRotation;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;
    private final WalletProperties properties;
    private final Clock clock;

    WalletReconciler(
            WalletTransactionRepository repository,
            TransactionRecorder recorder,
            UnknownTransactionChecks checks,
            WalletKeyRotation keyRotation,
            Notifier notifier,
            UnitOfWork unitOfWork,
            WalletProperties properties,
            Clock clock) {
        this.repository = repository;
        this.recorder = recorder;
        this.checks = checks;
        this.keyRotation = keyRotation;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.wallet.janitor-interval:1m}",
            initialDelayString = "${aeghash.wallet.janitor-interval:1m}")
    @SchedulerLock(
            name = "wallet-janitor",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${aeghash.wallet.janitor-interval:1m}")
    public void scheduledRun() {
        WalletReconciliationReport report = reconcile();
        log.debug("wallet reconciler: {}", report);
    }

    /** One full run; tests and the ops endpoint call it directly. */
    public WalletReconciliationReport reconcile() {
        int stale = settleStaleSubmitting();
        int overdue = lookUpOverdueTransits();
        int[] checked = checkUnknownTransactions();
        int keys = keyRotation.recoverStale();
        return new WalletReconciliationReport(stale, overdue, checked[0], checked[1], checked[2], keys);
    }

    private int settleStaleSubmitting() {
        Instant now = clock.instant();
        var stale = repository.findStaleSubmitting(
                now.minus(properties.submittingStaleAfter()), properties.janitorBatchMax());
        for (TransactionRecord row : stale) {
            isolated(
                    row,
                    () -> unitOfWork.inNewTransaction(() -> recorder.apply(
                            row.id(),
                            current -> current.status() != WalletTransactionStatus.SUBMITTING
                                    ? current
                                    : toUnknown(
                                            current,
                                            "no outcome was recorded: the process stopped between sending and "
                                                    + "recording"))));
        }
        return stale.size();
    }

    private int lookUpOverdueTransits() {
        var overdue = repository.findOverdueTransits(clock.instant(), properties.janitorBatchMax());
        for (TransactionRecord row : overdue) {
            isolated(row, () -> {
                String observation = checks.balanceObservation(row);
                unitOfWork.inNewTransaction(() -> recorder.apply(
                        row.id(),
                        current -> current.status() != WalletTransactionStatus.PENDING_TRANSIT
                                ? current
                                : toUnknown(current, "no callback from MBlock by the deadline; " + observation)));
            });
        }
        return overdue.size();
    }

    /** One row's failure (a bug, a database hiccup) is logged and must not stop the rest of the run. */
    private static void isolated(TransactionRecord row, Runnable work) {
        isolated(row, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T isolated(TransactionRecord row, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failure) {
            log.error(
                    "wallet reconciler could not handle transaction {} ({}); it is retried at the next run",
                    row.id(),
                    row.reference(),
                    failure);
            return null;
        }
    }

    private TransactionRecord toUnknown(TransactionRecord row, String reason) {
        Instant now = clock.instant();
        return row.moveTo(WalletTransactionStatus.UNKNOWN, now, draft -> {
            draft.failureMessage = reason;
            draft.checkCount = 0;
            draft.nextCheckAt = now.plus(properties.delayAfter(0));
        });
    }

    /** Returns {checked, resolved, handed to an operator}. */
    private int[] checkUnknownTransactions() {
        var due = repository.findChecksDue(clock.instant(), properties.janitorBatchMax());
        int resolved = 0;
        int handedOver = 0;
        for (TransactionRecord row : due) {
            TransactionRecord after = isolated(row, () -> {
                UnknownTransactionChecks.Finding finding = checks.investigate(row);
                return unitOfWork.inNewTransaction(() -> recorder.apply(
                        row.id(),
                        current -> current.version() != row.version() ? current : applyFinding(current, finding)));
            });
            if (after != null && after.status() != WalletTransactionStatus.UNKNOWN) {
                resolved++;
            } else if (after != null && after.needsOperator() && after.version() == row.version() + 1) {
                handedOver++;
            }
        }
        return new int[] {due.size(), resolved, handedOver};
    }

    private TransactionRecord applyFinding(TransactionRecord row, UnknownTransactionChecks.Finding finding) {
        Instant now = clock.instant();
        int checksDone = row.checkCount() + 1;
        if (finding.confirmed() && row.kind() == WalletTransactionKind.TRANSFER) {
            return row.moveTo(WalletTransactionStatus.SUBMITTED, now, draft -> {
                draft.checkCount = checksDone;
                draft.nextCheckAt = null;
                draft.checkNote = finding.note();
            });
        }
        Duration nextDelay = properties.delayAfter(checksDone);
        TransactionRecord checked = row.with(now, draft -> {
            draft.checkCount = checksDone;
            draft.receiptNotFoundChecks = row.receiptNotFoundChecks() + (finding.receiptMissing() ? 1 : 0);
            draft.nextCheckAt = nextDelay == null ? null : now.plus(nextDelay);
            draft.checkNote = finding.note();
        });
        if (nextDelay == null) {
            notifier.alert(Alert.critical(
                    "wallet",
                    "Wallet " + row.kind().code() + " needs an operator decision",
                    row.kind().code() + " " + row.id() + " is still unknown after " + checksDone + " checks ("
                            + finding.note() + "). Find it on the chain explorer and attach its txid (verified by "
                            + "its receipt), or POST /api/v1/wallet-transactions/" + row.id() + "/resolution: "
                            + "a failure needs a second operator unless MBlock found no receipt of its txid "
                            + properties.receiptNotFoundChecks() + " times.",
                    TransactionRecorder.fieldsOf(checked)));
        }
        return checked;
    }
}
