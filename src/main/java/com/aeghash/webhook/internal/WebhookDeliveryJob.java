package com.aeghash.webhook.internal;

import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.config.SecretEncryptor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries in three phases, never holding a transaction across a call: (1) claim a batch (rows locked
 * with {@code SKIP LOCKED}, so concurrent runs never claim the same one; each the first unfinished delivery of its
 * member to its endpoint) and commit them as SENDING for {@code claimDuration}; (2) post each, signed; (3) record each
 * answer ({@link DeliveryOutcomes}). A run that dies after (1) leaves its claims to run out and be claimed again:
 * a receiver may get a message twice (same {@code webhook-id}), never none.
 */
@Component
public class WebhookDeliveryJob {

    static final String UNREADABLE_SECRET = "signing secret unreadable: not sent";
    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);

    /** A claimed delivery with what sending it takes. */
    record Claim(StoredDelivery delivery, String url, List<Secret> secrets) {}

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final SecretEncryptor encryptor;
    private final DeliveryClient client;
    private final DeliveryOutcomes outcomes;
    private final UnitOfWork unitOfWork;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookDeliveryJob(
            WebhookDeliveryRepository deliveries,
            WebhookEndpointRepository endpoints,
            SecretEncryptor encryptor,
            DeliveryClient client,
            DeliveryOutcomes outcomes,
            UnitOfWork unitOfWork,
            WebhookProperties properties,
            Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.encryptor = encryptor;
        this.client = client;
        this.outcomes = outcomes;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${aeghash.webhooks.interval:5s}",
            initialDelayString = "${aeghash.webhooks.interval:5s}")
    @SchedulerLock(
            name = "webhook-delivery",
            lockAtMostFor = "PT10M",
            lockAtLeastFor = "${aeghash.webhooks.interval:5s}")
    public void run() {
        deliverWhileDue();
    }

    /**
     * Sends rounds of due deliveries until none is due, for at most one claim duration: a member's next delivery,
     * due as soon as the one before it is accepted, goes out in the same run instead of one run later. The number of
     * deliveries attempted.
     */
    public int deliverWhileDue() {
        Instant until = clock.instant().plus(properties.claimDuration());
        int attempted = 0;
        int round;
        do {
            round = deliverDue();
            attempted += round;
        } while (round > 0 && clock.instant().isBefore(until));
        return attempted;
    }

    /** Where an endpoint's deliveries go and the secrets that sign them, read once per run. */
    private record Target(String url, List<Secret> secrets) {}

    /** Sends what is due now; the number of deliveries attempted. */
    public int deliverDue() {
        UnitOfWork.requireNoTransaction("webhook delivery");
        List<Claim> claims = unitOfWork.inNewTransaction(this::claimDue);
        for (Claim claim : claims) {
            DeliveryClient.Answer answer = send(claim);
            unitOfWork.inNewTransaction(() -> outcomes.record(claim.delivery().id(), answer));
        }
        return claims.size();
    }

    private List<Claim> claimDue() {
        Instant now = clock.instant();
        List<Claim> claims = new ArrayList<>();
        Map<Long, Target> targets = new HashMap<>();
        for (StoredDelivery due : deliveries.lockDue(now, properties.batchSize())) {
            StoredDelivery claimed = due.claimed(now.plus(properties.claimDuration()));
            deliveries.update(claimed);
            Target target = targets.computeIfAbsent(
                    due.endpointId(),
                    endpointId ->
                            new Target(endpoints.find(endpointId).orElseThrow().url(), secretsOf(endpointId, now)));
            claims.add(new Claim(claimed, target.url(), target.secrets()));
        }
        return claims;
    }

    /**
     * The endpoint's signing secrets, or none when one cannot be decrypted (written under an encryption key no longer
     * configured): its deliveries then fail without being sent, and are alerted once their retries are used up,
     * while other endpoints' go on.
     */
    private List<Secret> secretsOf(long endpointId, Instant now) {
        try {
            return endpoints.signingSecrets(endpointId, now).stream()
                    .map(secret -> encryptor.decrypt(secret.ciphertext(), StoredSecret.encryptionContext(endpointId)))
                    .toList();
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            log.warn("signing secret of webhook endpoint {} unreadable: {}", endpointId, unreadable.getMessage());
            return List.of();
        }
    }

    private DeliveryClient.Answer send(Claim claim) {
        if (claim.secrets().isEmpty()) {
            return new DeliveryClient.Answer(null, UNREADABLE_SECRET);
        }
        StoredDelivery delivery = claim.delivery();
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", delivery.messageId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature",
                WebhookSignature.header(claim.secrets(), delivery.messageId(), timestamp, delivery.payload()));
        return client.post(claim.url(), headers, delivery.payload());
    }
}
