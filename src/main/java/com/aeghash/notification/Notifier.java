package com.aeghash.notification;

/**
 * Raises operator alerts. Delivery is durable and asynchronous: the alert is recorded in the event
 * publication registry and sent after commit, with retries, so a webhook outage never blocks the
 * business operation nor loses the alert.
 */
public interface Notifier {

    /**
     * Records the alert in the caller's transaction: it is delivered only if that transaction commits.
     * Without an active transaction it is recorded in its own.
     */
    void alert(Alert alert);

    /**
     * Records the alert in a transaction of its own, committed at once: use it to report a failure whose
     * business transaction is about to roll back.
     */
    void alertIndependently(Alert alert);
}
