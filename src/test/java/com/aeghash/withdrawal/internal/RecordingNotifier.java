package com.aeghash.withdrawal.internal;

import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Captures alerts with the real notifier's semantics: an alert raised in a transaction counts only once that
 * transaction commits. When given a delegate (the application's notifier) it forwards every alert to it.
 */
class RecordingNotifier implements Notifier {

    private final List<Alert> alerts = new CopyOnWriteArrayList<>();
    private final Supplier<Notifier> delegate;

    RecordingNotifier(Supplier<Notifier> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void alert(Alert alert) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    alerts.add(alert);
                }
            });
        } else {
            alerts.add(alert);
        }
        if (delegate != null) {
            delegate.get().alert(alert);
        }
    }

    @Override
    public void alertIndependently(Alert alert) {
        alerts.add(alert);
        if (delegate != null) {
            delegate.get().alertIndependently(alert);
        }
    }

    /** Committed alerts carrying the value in one of their fields (a withdrawal id, a member id). */
    List<Alert> about(String fieldValue) {
        return alerts.stream().filter(alert -> alert.fields().containsValue(fieldValue)).toList();
    }

    List<Alert> all() {
        return List.copyOf(alerts);
    }
}
