package com.aeghash.notification.internal;

import com.aeghash.notification.AlertProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends alerts to the webhook from one sender thread, at most one message per
 * {@link AlertProperties#minimumInterval()}: alerts that arrive meanwhile wait and go out together in the
 * next message (up to {@link AlertProperties#batchSizeMax()}). {@link #deliver} blocks its caller until
 * the message carrying its alert was accepted, and throws when it could not be, so the caller's event
 * publication stays incomplete and is retried.
 */
@Component
class WebhookSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    /** Alerts delivered to the webhook, and alerts whose delivery failed after the retries. */
    static final String DELIVERED = "aeghash.alerts.delivered";

    static final String FAILED = "aeghash.alerts.failed";

    private final AlertProperties properties;
    private final WebhookClient client;
    private final MeterRegistry meters;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread sender;
    private long lastSentNanos;

    WebhookSender(AlertProperties properties, WebhookClient client, MeterRegistry meters) {
        this.properties = properties;
        this.client = client;
        this.meters = meters;
        // registered at start, at zero, so that a rate or an increase of either is defined before the first alert
        meters.counter(DELIVERED);
        meters.counter(FAILED);
    }

    boolean isEnabled() {
        return properties.webhookUrl() != null;
    }

    void deliver(AlertRaised alert) {
        Pending pending = new Pending(alert, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.delivered().get(properties.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AlertDeliveryException("interrupted while delivering an alert", interrupted);
        } catch (ExecutionException | TimeoutException failed) {
            throw new AlertDeliveryException("alert not delivered to the webhook; it will be retried", failed);
        }
    }

    private void runSender() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Pending first = queue.take();
                waitForSlot();
                List<Pending> batch = new ArrayList<>();
                batch.add(first);
                queue.drainTo(batch, properties.batchSizeMax() - 1);
                send(batch);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
        }
        failAll(new AlertDeliveryException("alert sender stopped", null));
    }

    private void waitForSlot() throws InterruptedException {
        long waitNanos = lastSentNanos + properties.minimumInterval().toNanos() - System.nanoTime();
        if (lastSentNanos != 0 && waitNanos > 0) {
            TimeUnit.NANOSECONDS.sleep(waitNanos);
        }
    }

    private void send(List<Pending> batch) throws InterruptedException {
        List<AlertRaised> alerts = batch.stream().map(Pending::alert).toList();
        try {
            client.postWithRetry(alerts);
            batch.forEach(pending -> pending.delivered().complete(null));
            meters.counter(DELIVERED).increment(batch.size());
        } catch (RuntimeException failure) {
            log.warn("webhook delivery of {} alert(s) failed: {}", batch.size(), failure.getMessage());
            batch.forEach(pending -> pending.delivered().completeExceptionally(failure));
            meters.counter(FAILED).increment(batch.size());
        } finally {
            lastSentNanos = System.nanoTime();
        }
    }

    private void failAll(RuntimeException reason) {
        List<Pending> remaining = new ArrayList<>();
        queue.drainTo(remaining);
        remaining.forEach(pending -> pending.delivered().completeExceptionally(reason));
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::runSender, "alert-webhook-sender");
        thread.setDaemon(true);
        sender = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = sender;
        sender = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return sender != null;
    }

    private record Pending(AlertRaised alert, CompletableFuture<Void> delivered) {}
}
