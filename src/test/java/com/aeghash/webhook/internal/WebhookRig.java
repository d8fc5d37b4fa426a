package com.aeghash.webhook.internal;

import com.aeghash.audit.AuditFixtures;
import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.config.SecretEncryptor;
import com.aeghash.testsupport.MutableClock;
import com.aeghash.testsupport.RecordingNotifier;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookEventType;
import com.aeghash.webhook.WebhookSecretIssued;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The webhook module over one database without Spring: its repositories, services and job, a clock tests move. */
final class WebhookRig {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    static final WebhookProperties PROPERTIES = new WebhookProperties(
            false,
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            Duration.ofDays(3),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofMinutes(1),
            20,
            Duration.ofHours(24));

    final MutableClock clock = new MutableClock(START);
    final RecordingNotifier notifier = new RecordingNotifier();
    final JdbcClient jdbc;
    final UnitOfWork unitOfWork;
    final JdbcWebhookDeliveryRepository deliveryRows;
    final WebhookEndpointsService endpoints;
    final WebhookDeliveriesService deliveries;
    final DeliveryRecorder recorder;
    final WebhookDeliveryJob job;

    WebhookRig(DataSource dataSource) {
        jdbc = JdbcClient.create(dataSource);
        unitOfWork = new UnitOfWork(new DataSourceTransactionManager(dataSource));
        JdbcWebhookEndpointRepository endpointRows = new JdbcWebhookEndpointRepository(jdbc);
        deliveryRows = new JdbcWebhookDeliveryRepository(jdbc);
        SecretEncryptor encryptor = new SecretEncryptor(Secret.of(newEncryptionKey()), null);
        var auditLog = AuditFixtures.inMemoryAuditLog(clock);
        endpoints = new WebhookEndpointsService(endpointRows, deliveryRows, encryptor, auditLog, PROPERTIES, clock);
        deliveries = new WebhookDeliveriesService(deliveryRows, endpointRows, auditLog, clock);
        recorder = new DeliveryRecorder(
                endpointRows, deliveryRows, JsonMapper.builder().build(), clock);
        job = new WebhookDeliveryJob(
                deliveryRows,
                endpointRows,
                encryptor,
                new DeliveryClient(PROPERTIES, RestClient.builder()),
                new DeliveryOutcomes(deliveryRows, notifier, PROPERTIES, clock),
                unitOfWork,
                PROPERTIES,
                clock);
    }

    private static String newEncryptionKey() {
        byte[] key = new byte[SecretEncryptor.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        TestSecrets.register(encoded);
        return encoded;
    }

    /** An endpoint for withdrawal state changes; its secret is registered as a test secret. */
    WebhookSecretIssued endpoint(String url) {
        WebhookSecretIssued issued =
                endpoints.create(url, List.of(WebhookEventType.WITHDRAWAL_STATE_CHANGED.wireName()), "admin");
        TestSecrets.register(issued.secret());
        return issued;
    }

    /** Records, in a transaction of its own, a withdrawal state change of the member that happened at {@code at}. */
    void event(String memberId, String key, Instant at) {
        unitOfWork.inNewTransaction(() -> recorder.record(List.of(new WebhookMessage(
                WebhookEventType.WITHDRAWAL_STATE_CHANGED,
                key,
                memberId,
                at,
                Map.of("memberId", memberId, "key", key)))));
    }

    WebhookDelivery delivery(long id) {
        return deliveryRows.find(id).orElseThrow().toView();
    }

    List<WebhookDelivery> deliveriesOf(long endpointId) {
        List<WebhookDelivery> oldestFirst = new ArrayList<>(deliveries.recent(endpointId, 500));
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
