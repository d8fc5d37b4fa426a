package com.aeghash.wallet.internal.transactions;

import com.aeghash.approval.OperatorDecision;
import com.aeghash.common.ApiException;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.Settlement;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.WalletTransferSettled;
import com.aeghash.wallet.WalletTransitSettled;
import java.time.Clock;
import java.util.ConcurrentModificationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one writer of transaction outcomes and findings: re-reads the row under its lock, applies a change, and
 * announces a status change once: a settled event when it became final, an alert when it failed or became
 * unknown. Because the announcement follows the stored transition, replays (a repeated callback, a second
 * reconciler run) announce nothing.
 */
@Component
public class TransactionRecorder {

    private static final Logger log = LoggerFactory.getLogger(TransactionRecorder.class);
    private final WalletTransactionRepository repository;
    private final ApplicationEventPublisher events;
    private final Notifier notifier;
    private final Clock clock;

    public TransactionRecorder(
            WalletTransactionRepository repository, ApplicationEventPublisher events, Notifier notifier, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Applies {@code change} to the locked row, inside the caller's transaction. The change returns the row
     * it was given to leave it untouched.
     */
    public TransactionRecord apply(long id, UnaryOperator<TransactionRecord> change) {
        TransactionRecord current =
                repository.findForUpdate(id).orElseThrow(() -> ApiException.notFound("wallet transaction"));
        TransactionRecord changed = change.apply(current);
        if (changed == current) {
            return current;
        }
        TransactionRecord stored = repository
                .update(changed)
                .orElseThrow(() ->
                        new ConcurrentModificationException("wallet transaction " + id + " changed while locked"));
        if (current.status() != stored.status()) {
            announce(current, stored);
        }
        return stored;
    }

    private void announce(TransactionRecord before, TransactionRecord after) {
        log.info(
                "wallet transaction {} ({}) moved {} -> {}{}",
                after.id(),
                after.reference(),
                before.status(),
                after.status(),
                after.txid() == null ? "" : " txid " + after.txid());
        if (after.status().isFinal()) {
            events.publishEvent(settledEvent(after));
        }
        if (after.status() == WalletTransactionStatus.FAILED
                && after.failureReason() != FailureReason.OPERATOR_DECISION) {
            notifier.alert(Alert.warning(
                    "wallet",
                    "Wallet " + after.kind().code() + " failed",
                    "MBlock did not execute " + after.kind().code() + " " + after.id() + ": " + after.failureMessage(),
                    fieldsOf(after)));
        }
        if (after.status() == WalletTransactionStatus.UNKNOWN) {
            notifier.alert(Alert.warning(
                    "wallet",
                    "Wallet " + after.kind().code() + " outcome unknown",
                    after.kind().code() + " " + after.id() + " may or may not have executed; it is not re-sent. "
                            + "The reconciler checks it on its schedule, then an operator decides. "
                            + (after.failureMessage() == null ? "" : after.failureMessage()),
                    fieldsOf(after)));
        }
    }

    private Object settledEvent(TransactionRecord row) {
        Settlement settlement =
                row.status() == WalletTransactionStatus.FAILED ? Settlement.FAILED : Settlement.SUCCEEDED;
        OperatorDecision decision = row.toView().operatorDecision();
        if (row.kind() == WalletTransactionKind.TRANSFER) {
            return new WalletTransferSettled(
                    row.id(), row.reference(), row.sourceLabel(), settlement, row.txid(), clock.instant(), decision);
        }
        return new WalletTransitSettled(
                row.id(),
                row.reference(),
                row.memberId(),
                settlement,
                row.txidFee(),
                row.txidToken(),
                clock.instant(),
                decision);
    }

    /** Identifiers only: never a key. */
    public static Map<String, String> fieldsOf(TransactionRecord row) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("transactionId", String.valueOf(row.id()));
        fields.put("reference", row.reference());
        fields.put("source", row.sourceLabel());
        fields.put("status", row.status().code());
        if (row.txid() != null) {
            fields.put("txid", row.txid());
        }
        if (row.vendorToken() != null) {
            fields.put("transitToken", row.vendorToken());
        }
        return fields;
    }
}
