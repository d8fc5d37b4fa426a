package com.aeghash.notification.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Publishes {@link AlertRaised} inside a transaction so the registry records it (the outbox). */
@Component
class RegistryBackedNotifier implements Notifier {

    private final ApplicationEventPublisher events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    RegistryBackedNotifier(ApplicationEventPublisher events, UnitOfWork unitOfWork, Clock clock) {
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
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
        events.publishEvent(new AlertRaised(alert, clock.instant()));
    }
}
