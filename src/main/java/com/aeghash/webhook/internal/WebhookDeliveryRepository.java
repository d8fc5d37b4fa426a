package com.aeghash.webhook.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Webhook deliveries: the outbox rows the delivery job sends. */
interface WebhookDeliveryRepository {

    /** A delivery to record: PENDING, due at once. */
    record NewDelivery(
            long endpointId,
            String messageId,
            String eventKey,
            String eventType,
            String memberId,
            String payload,
            Instant orderedAt,
            Long redeliveryOf,
            String requestedBy) {}

    /** Inserts the deliveries; one whose endpoint already has its event key is left out. */
    void insertAll(List<NewDelivery> deliveries, Instant now);

    /** Inserts one delivery and returns it (a redelivery: its event key is new). */
    StoredDelivery insert(NewDelivery delivery, Instant now);

    /**
     * Locks (skipping rows other transactions hold) up to {@code limit} deliveries due at {@code now}, each the
     * first unfinished one of its member to its endpoint, of enabled endpoints only, in queue order.
     */
    List<StoredDelivery> lockDue(Instant now, int limit);

    Optional<StoredDelivery> lock(long id);

    Optional<StoredDelivery> find(long id);

    void update(StoredDelivery delivery);

    /** The unfinished deliveries of an endpoint, locked. */
    List<StoredDelivery> lockUnfinished(long endpointId);

    /** Newest first. */
    List<StoredDelivery> recent(Long endpointId, long beforeId, int limit);
}
