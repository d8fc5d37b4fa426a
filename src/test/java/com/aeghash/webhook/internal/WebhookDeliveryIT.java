package com.aeghash.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.aeghash.common.ApiException;
import com.aeghash.common.Secret;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookDeliveryState;
import com.aeghash.webhook.WebhookEndpoint;
import com.aeghash.webhook.WebhookSecretIssued;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

/** The delivery job against a local receiver, on H2 and PostgreSQL, with the clock in the test's hands. */
@OnEachDatabase
class WebhookDeliveryIT {

    @Parameter
    TestDatabases.Kind database;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    final WebhookReceiver receiver = new WebhookReceiver();
    WebhookRig rig;

    @BeforeEach
    void openRig() {
        rig = new WebhookRig(databases.open(database));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aMembersDeliveriesGoOutInOrderEachWaitingForTheOneBeforeWhileOtherMembersGoAhead() {
        long endpoint = rig.endpoint(receiver.url()).endpoint().id();
        Instant at = WebhookRig.START;
        rig.event("m-a", "a-1", at.plusMillis(1));
        rig.event("m-a", "a-2", at.plusMillis(2));
        rig.event("m-b", "b-1", at.plusMillis(3));
        rig.event("m-a", "a-3", at.plusMillis(4));
        receiver.answer(body -> body.contains("a-1") ? 503 : 204);

        assertThat(rig.job.deliverDue()).as("the head of each member's queue").isEqualTo(2);
        assertThat(rig.job.deliverDue())
                .as("a-1 waits for its retry, a-2 and a-3 wait for a-1")
                .isZero();
        rig.clock.advance(Duration.ofSeconds(30));
        assertThat(rig.job.deliverDue()).isEqualTo(1);
        receiver.answer(body -> 204);
        rig.clock.advance(Duration.ofSeconds(60));
        while (rig.job.deliverDue() > 0) {
            rig.clock.advance(Duration.ofSeconds(1));
        }

        assertThat(keysReceived()).containsExactly("a-1", "b-1", "a-1", "a-1", "a-2", "a-3");
        assertThat(receiver.received())
                .extracting(WebhookReceiver.Request::status)
                .containsExactly(503, 204, 503, 204, 204, 204);
        assertThat(rig.deliveriesOf(endpoint))
                .extracting(WebhookDelivery::state)
                .containsOnly(WebhookDeliveryState.DELIVERED);
    }

    @Test
    void oneScheduledRunSendsAMembersQueueInOrderAndLeavesAFailedOneToItsRetry() {
        rig.endpoint(receiver.url());
        Instant at = WebhookRig.START;
        rig.event("m-c", "c-1", at.plusMillis(1));
        rig.event("m-c", "c-2", at.plusMillis(2));
        rig.event("m-c", "c-3", at.plusMillis(3));
        rig.event("m-d", "d-1", at.plusMillis(4));
        rig.event("m-d", "d-2", at.plusMillis(5));
        receiver.answer(body -> body.contains("d-1") ? 503 : 204);

        int attempted = rig.job.deliverWhileDue();

        assertThat(attempted).as("c-1..c-3, and d-1 once").isEqualTo(4);
        assertThat(keysReceived())
                .containsSubsequence("c-1", "c-2", "c-3")
                .contains("d-1")
                .doesNotContain("d-2");
        assertThat(rig.job.deliverWhileDue())
                .as("d-1 waits for its retry, d-2 for d-1")
                .isZero();
    }

    @Test
    void failedAttemptsBackOffExponentiallyUpToTheCapAndAfterThreeDaysTheDeliveryFailsWithOneAlert() {
        long endpoint = rig.endpoint(receiver.url()).endpoint().id();
        rig.event("m-c", "c-1", WebhookRig.START);
        rig.event("m-c", "c-2", WebhookRig.START.plusSeconds(1));
        receiver.answer(body -> body.contains("c-1") ? 500 : 204);
        long first = rig.deliveriesOf(endpoint).get(0).id();

        List<Duration> delays = new ArrayList<>();
        rig.job.deliverDue();
        while (rig.delivery(first).state() == WebhookDeliveryState.PENDING) {
            WebhookDelivery waiting = rig.delivery(first);
            delays.add(Duration.between(waiting.lastAttemptAt(), waiting.nextAttemptAt()));
            rig.clock.set(waiting.nextAttemptAt());
            rig.job.deliverDue();
        }

        WebhookDelivery failed = rig.delivery(first);
        assertThat(delays.subList(0, 8))
                .extracting(Duration::toSeconds)
                .containsExactly(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3600L);
        assertThat(delays.subList(8, delays.size() - 1)).containsOnly(Duration.ofHours(1));
        assertThat(failed.state()).isEqualTo(WebhookDeliveryState.FAILED);
        assertThat(failed.finishedAt()).isEqualTo(WebhookRig.START.plus(Duration.ofDays(3)));
        assertThat(failed.attempts()).isEqualTo(delays.size() + 1).isEqualTo((int) receiverCalls("c-1"));
        assertThat(failed.lastStatus()).isEqualTo(500);
        assertThat(rig.notifier.about(Long.toString(first))).singleElement().satisfies(alert -> {
            assertThat(alert.source()).isEqualTo("webhook");
            assertThat(alert.title()).isEqualTo("Webhook delivery failed");
            assertThat(alert.fields()).containsEntry("memberId", "m-c").containsEntry("messageId", failed.messageId());
        });
        assertThat(rig.job.deliverDue())
                .as("the member's next delivery goes ahead")
                .isEqualTo(1);
        assertThat(keysReceived()).last().isEqualTo("c-2");
    }

    @Test
    void aFinishedDeliveryIsRedeliveredByHandWithTheSameMessageIdAndAnUnfinishedOneIsRefused() {
        long endpoint = rig.endpoint(receiver.url()).endpoint().id();
        rig.event("m-d", "d-1", WebhookRig.START);
        rig.event("m-d", "d-2", WebhookRig.START.plusSeconds(1));
        WebhookDelivery first = rig.deliveriesOf(endpoint).get(0);
        WebhookDelivery second = rig.deliveriesOf(endpoint).get(1);
        rig.job.deliverDue();

        rig.clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> rig.deliveries.redeliver(second.id(), "admin"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        refused -> assertThat(refused.code()).isEqualTo("delivery_unfinished"));
        WebhookDelivery again = rig.deliveries.redeliver(first.id(), "admin");
        assertThat(again.state()).isEqualTo(WebhookDeliveryState.PENDING);
        assertThat(again.redeliveryOf()).isEqualTo(first.id());
        assertThat(again.requestedBy()).isEqualTo("admin");
        assertThat(again.messageId()).isEqualTo(first.messageId());
        rig.job.deliverDue();
        rig.job.deliverDue();

        assertThat(keysReceived()).as("the redelivery queues behind d-2").containsExactly("d-1", "d-2", "d-1");
        List<WebhookReceiver.Request> received = receiver.received();
        assertThat(received.get(2).header("webhook-id"))
                .isEqualTo(received.get(0).header("webhook-id"));
        assertThat(rig.delivery(again.id()).state()).isEqualTo(WebhookDeliveryState.DELIVERED);
        assertThat(rig.delivery(first.id()).state()).isEqualTo(WebhookDeliveryState.DELIVERED);
    }

    @Test
    void duringARotationDeliveriesCarryASignatureForEachSecretAndAfterTheOverlapOnlyTheNewOne() {
        WebhookSecretIssued created = rig.endpoint(receiver.url());
        long endpoint = created.endpoint().id();
        WebhookSecretIssued rotated = rig.endpoints.rotateSecret(endpoint, "admin");
        TestSecrets.register(rotated.secret());
        rig.event("m-e", "e-1", WebhookRig.START);
        rig.job.deliverDue();
        rig.clock.advance(Duration.ofHours(24));
        rig.event("m-e", "e-2", rig.clock.instant());
        rig.job.deliverDue();

        assertThat(rotated.previousSecretExpiresAt()).isEqualTo(WebhookRig.START.plus(Duration.ofHours(24)));
        assertThat(rotated.endpoint().secretFingerprints())
                .containsExactly(
                        Secret.of(rotated.secret()).fingerprint(),
                        Secret.of(created.secret()).fingerprint());
        WebhookReceiver.Request during = receiver.received().get(0);
        assertThat(during.header("webhook-signature").split(" "))
                .containsExactly(
                        expectedSignature(rotated.secret(), during), expectedSignature(created.secret(), during));
        WebhookReceiver.Request after = receiver.received().get(1);
        assertThat(after.header("webhook-signature")).isEqualTo(expectedSignature(rotated.secret(), after));
    }

    @Test
    void concurrentRunsNeverSendTheSameDelivery() throws Exception {
        long endpoint = rig.endpoint(receiver.url()).endpoint().id();
        for (int member = 0; member < 30; member++) {
            rig.event("m-" + member, "k-" + member, WebhookRig.START.plusMillis(member));
        }

        Concurrently.run(4, thread -> {
            int sent = 0;
            for (int round = 0; round < 20; round++) {
                sent += rig.job.deliverDue();
            }
            return sent;
        });

        assertThat(receiver.received()).hasSize(30);
        assertThat(receiver.received())
                .extracting(request -> request.header("webhook-id"))
                .doesNotHaveDuplicates();
        assertThat(rig.deliveriesOf(endpoint))
                .extracting(WebhookDelivery::state, WebhookDelivery::attempts)
                .containsOnly(tuple(WebhookDeliveryState.DELIVERED, 1));
    }

    @Test
    void aDisabledEndpointGetsNoNewDeliveriesAndHoldsItsOwnAndADeletedOneHasThemCancelled() {
        long endpoint = rig.endpoint(receiver.url()).endpoint().id();
        rig.event("m-f", "f-1", WebhookRig.START);
        rig.endpoints.disable(endpoint, "admin");
        rig.event("m-f", "f-2", WebhookRig.START);

        assertThat(rig.job.deliverDue()).isZero();
        rig.endpoints.enable(endpoint, "admin");
        rig.endpoints.delete(endpoint, "admin");

        assertThat(rig.deliveriesOf(endpoint))
                .singleElement()
                .extracting(WebhookDelivery::state)
                .isEqualTo(WebhookDeliveryState.CANCELLED);
        assertThat(rig.job.deliverDue()).isZero();
        assertThat(receiver.received()).isEmpty();
        assertThat(rig.endpoints.list()).extracting(WebhookEndpoint::id).doesNotContain(endpoint);
    }

    @Test
    void anEndpointWhoseSecretCannotBeDecryptedFailsItsAttemptsUnsentWhileOtherEndpointsGoOn() {
        long broken = rig.endpoint(receiver.url() + "/broken").endpoint().id();
        long working = rig.endpoint(receiver.url()).endpoint().id();
        rig.jdbc
                .sql("UPDATE webhook_endpoint_secrets SET ciphertext = 'v1:00000000:AAAA' WHERE endpoint_id = :id")
                .param("id", broken)
                .update();
        rig.event("m-g", "g-1", WebhookRig.START);

        assertThat(rig.job.deliverDue()).isEqualTo(2);

        assertThat(rig.deliveriesOf(broken)).singleElement().satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo(WebhookDeliveryState.PENDING);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastError()).isEqualTo(WebhookDeliveryJob.UNREADABLE_SECRET);
        });
        assertThat(rig.deliveriesOf(working))
                .singleElement()
                .extracting(WebhookDelivery::state)
                .isEqualTo(WebhookDeliveryState.DELIVERED);
        assertThat(receiver.received())
                .singleElement()
                .satisfies(request -> assertThat(request.body()).contains("g-1"));
    }

    private static String expectedSignature(String secret, WebhookReceiver.Request request) {
        return WebhookSignature.sign(
                Secret.of(secret),
                request.header("webhook-id"),
                Long.parseLong(request.header("webhook-timestamp")),
                request.body());
    }

    private List<String> keysReceived() {
        return receiver.received().stream()
                .map(request -> request.body().replaceAll(".*\"key\":\"([^\"]+)\".*", "$1"))
                .toList();
    }

    private long receiverCalls(String key) {
        return keysReceived().stream().filter(key::equals).count();
    }
}
