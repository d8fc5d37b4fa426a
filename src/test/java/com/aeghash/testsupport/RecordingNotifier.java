package com.aeghash.testsupport;

import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one notifier of tests: keeps the alerts raised, with the real notifier's semantics (an alert raised in a
 * transaction counts only once that transaction commits; {@link #alertIndependently} at once), and reads them back
 * newest first, as {@code AlertHistory.recent} does. Given a delegate (the application's own notifier) it also
 * hands every alert on.
 */
public final class RecordingNotifier implements Notifier {

    /** Newest first. */
    private final List<Alert> alerts = new CopyOnWriteArrayList<>();

    private final Supplier<Notifier> delegate;

    public RecordingNotifier() {
        this(null);
    }

    public RecordingNotifier(Supplier<Notifier> delegate) {
        this.delegate = delegate;
    }

    @Override
    public void alert(Alert alert) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    alerts.add(0, alert);
                }
            });
        } else {
            alerts.add(0, alert);
        }
        if (delegate != null) {
            delegate.get().alert(alert);
        }
    }

    @Override
    public void alertIndependently(Alert alert) {
        alerts.add(0, alert);
        if (delegate != null) {
            delegate.get().alertIndependently(alert);
        }
    }

    /** Every alert that counts, newest first. */
    public List<Alert> alerts() {
        return List.copyOf(alerts);
    }

    /** The alerts carrying the value in one of their fields (a withdrawal id, a member id), newest first. */
    public List<Alert> about(String fieldValue) {
        return alerts.stream()
                .filter(alert -> alert.fields().containsValue(fieldValue))
                .toList();
    }
}
