package com.aeghash.notification.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.Notifier;
import com.aeghash.notification.RecordedAlert;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records the alert in the history and publishes {@link AlertRaised} inside a transaction, so the
 * registry keeps it until delivered (the outbox).
 */
@Component
class RegistryBackedNotifier implements Notifier, AlertHistory {

    private final ApplicationEventPublisher events;
    private final AlertRepository history;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    RegistryBackedNotifier(
            ApplicationEventPublisher events, AlertRepository history, UnitOfWork unitOfWork, Clock clock) {
        this.events = events;
        this.history = history;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<RecordedAlert> recent(int limit) {
        return history.recent(limit);
    }

    @Override
    public List<RecordedAlert> recentAfter(java.time.Instant raisedAt, UUID id, int limit) {
        return history.recentAfter(raisedAt, id, limit);
    }

    @Override
    public java.util.Optional<RecordedAlert> find(UUID id) {
        return history.find(id);
    }

    @Override
    public void alert(Alert alert) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            publish(alert);
        } else {
            alertIndependently(alert);
        }
    }

    @Override
    public void alertIndependently(Alert alert) {
        unitOfWork.inNewTransaction(() -> publish(alert));
    }

    private void publish(Alert alert) {
        RecordedAlert recorded = new RecordedAlert(UUID.randomUUID(), clock.instant(), alert, null);
        history.insert(recorded);
        events.publishEvent(new AlertRaised(recorded.id(), alert, recorded.raisedAt()));
    }
}
