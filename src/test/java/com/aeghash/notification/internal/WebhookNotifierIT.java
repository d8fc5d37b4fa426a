package com.aeghash.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.common.UnitOfWork;
import com.aeghash.common.jobs.EventPublicationRetryJob;
import com.aeghash.notification.Alert;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.Notifier;
import com.aeghash.testsupport.FakeWebhook;
import com.aeghash.testsupport.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Alert delivery to a Slack-compatible webhook: shape, retries, outages, throttling and batching. */
@IntegrationTest
class WebhookNotifierIT {

    private static final FakeWebhook WEBHOOK = new FakeWebhook();
    private static final Duration MINIMUM_INTERVAL = Duration.ofMillis(400);
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    Notifier notifier;

    @Autowired
    UnitOfWork unitOfWork;

    @Autowired
    EventPublicationRetryJob retryJob;

    @Autowired
    AlertHistory history;

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add("aeghash.alerts.webhook-url", WEBHOOK::url);
        registry.add("aeghash.alerts.minimum-interval", () -> MINIMUM_INTERVAL.toMillis() + "ms");
        registry.add("aeghash.alerts.first-retry-delay", () -> "50ms");
        registry.add("aeghash.alerts.attempts-per-message", () -> "3");
    }

    @BeforeEach
    void setUp() {
        WEBHOOK.stop();
        WEBHOOK.reset();
        WEBHOOK.start();
    }

    @AfterAll
    static void tearDown() {
        WEBHOOK.stop();
    }

    @Test
    void alertIsPostedAsSlackTextWithStructuredFields() {
        String title = "Withdrawal failed " + UUID.randomUUID();
        unitOfWork.inTransaction(() ->
                notifier.alert(Alert.critical("mining", title, "HashDam said no", Map.of("withdrawalId", "w-42"))));

        JsonNode message = awaitMessageContaining(title);
        assertThat(message.path("text").asString()).contains("[CRITICAL] mining: " + title);
        JsonNode attachment = message.path("attachments").get(0);
        assertThat(attachment.path("color").asString()).isEqualTo("danger");
        assertThat(attachment.path("fields").get(0).path("title").asString()).isEqualTo("withdrawalId");
        assertThat(attachment.path("fields").get(0).path("value").asString()).isEqualTo("w-42");
        assertThat(attachment.path("fields").get(0).path("short").asBoolean()).isTrue();
        assertThat(message.path("alerts")
                        .get(0)
                        .path("fields")
                        .path("withdrawalId")
                        .asString())
                .isEqualTo("w-42");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(history.recent(100)).anySatisfy(recorded -> {
                    assertThat(recorded.alert().title()).isEqualTo(title);
                    assertThat(recorded.deliveredAt()).isNotNull();
                }));
    }

    @Test
    void alertOfARolledBackTransactionIsNeverSent() {
        String title = "rolled back " + UUID.randomUUID();
        try {
            unitOfWork.inTransaction(() -> {
                notifier.alert(Alert.warning("test", title, "", Map.of()));
                throw new IllegalStateException("business failure");
            });
        } catch (IllegalStateException expected) {
            // the business transaction failed
        }
        String independent = "independent " + UUID.randomUUID();
        try {
            unitOfWork.inTransaction(() -> {
                notifier.alertIndependently(Alert.warning("test", independent, "", Map.of()));
                throw new IllegalStateException("business failure");
            });
        } catch (IllegalStateException expected) {
            // the business transaction failed, the independent alert was committed on its own
        }

        awaitMessageContaining(independent);
        assertThat(bodies()).noneMatch(body -> body.contains(title));
        assertThat(history.recent(500))
                .extracting(recorded -> recorded.alert().title())
                .contains(independent)
                .doesNotContain(title);
    }

    @Test
    void serverErrorIsRetriedAndTheAlertDelivered() {
        WEBHOOK.failNext(1);
        String title = "retry " + UUID.randomUUID();

        notifier.alert(Alert.warning("wallet", title, "", Map.of()));

        awaitMessageContaining(title);
        assertThat(WEBHOOK.received().stream()
                        .filter(request -> request.body().contains(title))
                        .map(FakeWebhook.Request::status)
                        .toList())
                .containsExactly(500, 200);
    }

    @Test
    void alertRaisedWhileTheWebhookIsDownIsDeliveredLater() {
        WEBHOOK.stop();
        String title = "outage " + UUID.randomUUID();

        notifier.alert(Alert.critical("mining", title, "", Map.of()));
        // Kept while the webhook is down: recorded, not delivered (delivery is proven below, after the restart).
        assertThat(history.recent(100)).anySatisfy(recorded -> {
            assertThat(recorded.alert().title()).isEqualTo(title);
            assertThat(recorded.deliveredAt()).isNull();
        });

        WEBHOOK.start();
        retryJob.resubmitOlderThan(Duration.ZERO);

        awaitMessageContaining(title);
    }

    @Test
    void burstOfAlertsIsThrottledAndBatchedWithNoneLost() {
        List<String> titles = IntStream.range(0, 12)
                .mapToObj(index -> "burst-" + index + "-" + UUID.randomUUID())
                .toList();

        titles.forEach(title -> notifier.alert(Alert.warning("risk", title, "", Map.of())));

        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        titles.stream().allMatch(title -> bodies().stream().anyMatch(body -> body.contains(title))));
        List<FakeWebhook.Request> messages = WEBHOOK.accepted();
        assertThat(messages.size()).isLessThan(titles.size());
        for (int index = 1; index < messages.size(); index++) {
            long gapNanos = messages.get(index).receivedAtNanos()
                    - messages.get(index - 1).receivedAtNanos();
            assertThat(Duration.ofNanos(gapNanos)).isGreaterThanOrEqualTo(MINIMUM_INTERVAL.minusMillis(50));
        }
    }

    /** Waits until a message carrying the text was accepted by the webhook, and returns it. */
    private JsonNode awaitMessageContaining(String text) {
        await().atMost(Duration.ofSeconds(20)).until(() -> bodies().stream().anyMatch(body -> body.contains(text)));
        return json.readTree(bodies().stream()
                .filter(body -> body.contains(text))
                .findFirst()
                .orElseThrow());
    }

    /** Bodies of the accepted deliveries. */
    private static List<String> bodies() {
        return WEBHOOK.accepted().stream().map(FakeWebhook.Request::body).toList();
    }
}
