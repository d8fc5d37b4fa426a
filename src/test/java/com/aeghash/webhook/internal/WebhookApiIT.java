package com.aeghash.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.common.Secret;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.webhook.WebhookDeliveries;
import com.aeghash.webhook.WebhookDelivery;
import com.aeghash.webhook.WebhookDeliveryState;
import com.aeghash.withdrawal.WithdrawalStateChanged;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook API in the running application: administrators only, bad input a 400 problem, every change audited,
 * and a signed delivery of a committed event landing in the sandbox's inbox (none of a rolled-back one).
 */
@IntegrationTest
class WebhookApiIT {

    private static final String ENDPOINTS = "/api/v1/webhook-endpoints";
    private static final String WITHDRAWALS_ONLY = "{\"url\":\"%s\",\"eventTypes\":[\"withdrawal.state_changed\"]}";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WebhookDeliveryJob job;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    AuditLog auditLog;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void deleteEndpoints() {
        created.forEach(id -> ApiClient.admin(port).delete(ENDPOINTS + "/" + id));
    }

    @Test
    void theSecretIsShownOnceTheListShowsFingerprintsAndEveryChangeIsAudited() {
        ApiClient.Response answer = create("https://app.example.com/hooks/" + TestIds.unique("a"));
        long id = answer.json().path("endpoint").path("id").asLong();
        String secret = answer.text("secret");
        TestSecrets.register(secret);
        ApiClient admin = ApiClient.admin(port);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(secret).startsWith("whsec_");
        ApiClient.Response list = admin.get(ENDPOINTS);
        assertThat(list.body())
                .doesNotContain(secret)
                .contains(Secret.of(secret).fingerprint());
        ApiClient.Response rotated = admin.post(ENDPOINTS + "/" + id + "/secret-rotations");
        TestSecrets.register(rotated.text("secret"));
        assertThat(rotated.status()).isEqualTo(201);
        assertThat(rotated.json().path("endpoint").path("secretFingerprints")).hasSize(2);
        assertThat(admin.post(ENDPOINTS + "/" + id + "/disable").text("state")).isEqualTo("DISABLED");
        assertThat(admin.post(ENDPOINTS + "/" + id + "/disable").status()).isEqualTo(409);
        assertThat(admin.post(ENDPOINTS + "/" + id + "/enable").text("state")).isEqualTo("ENABLED");
        assertThat(admin.delete(ENDPOINTS + "/" + id).status()).isEqualTo(204);
        assertThat(admin.post(ENDPOINTS + "/" + id + "/enable").status()).isEqualTo(404);

        assertThat(auditOf(id))
                .containsExactly(
                        "webhook.endpoint.created",
                        "webhook.endpoint.secret_rotated",
                        "webhook.endpoint.disabled",
                        "webhook.endpoint.enabled",
                        "webhook.endpoint.deleted");
        assertThat(auditLog.recent(null, 500).toString()).doesNotContain(secret);
    }

    @Test
    void badInputIsA400ProblemAndRegistersNothing() {
        int before = ApiClient.admin(port).get(ENDPOINTS).list().size();
        List<String> bodies = List.of(
                WITHDRAWALS_ONLY.formatted("ftp://app.example.com/hooks"),
                WITHDRAWALS_ONLY.formatted("https://user:pw@app.example.com/hooks"),
                WITHDRAWALS_ONLY.formatted("not a url"),
                "{\"eventTypes\":[\"withdrawal.state_changed\"]}",
                "{\"url\":\"https://app.example.com/hooks\",\"eventTypes\":[]}",
                "{\"url\":\"https://app.example.com/hooks\",\"eventTypes\":[\"member.promoted\"]}",
                "{\"url\":12345,\"eventTypes\":[\"withdrawal.state_changed\"]}",
                "{\"url\":\"https://app.example.com/hooks\",\"eventTypes\":\"withdrawal.state_changed\"}");

        for (String body : bodies) {
            ApiClient.Response answer = ApiClient.admin(port).post(ENDPOINTS, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
            assertThat(answer.text("code")).as(body).isNotBlank();
        }
        assertThat(ApiClient.admin(port).get(ENDPOINTS).list()).hasSize(before);
        assertThat(ApiClient.admin(port)
                        .post("/api/v1/webhook-deliveries/999999999/redeliveries")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageEndpointsAndDeliveries() {
        long id = create("https://app.example.com/hooks/" + TestIds.unique("r"))
                .json()
                .path("endpoint")
                .path("id")
                .asLong();
        for (String role : List.of("OPERATIONS", "FINANCE", "MEMBER_APP")) {
            ApiClient other = ApiClient.newOperator(port, role);
            assertThat(other.get(ENDPOINTS).status()).as(role).isEqualTo(403);
            assertThat(other.post(ENDPOINTS, WITHDRAWALS_ONLY.formatted("https://x.example.com/h"))
                            .status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(other.post(ENDPOINTS + "/" + id + "/disable").status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(other.post(ENDPOINTS + "/" + id + "/secret-rotations").status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(other.delete(ENDPOINTS + "/" + id).status()).as(role).isEqualTo(403);
            assertThat(other.get("/api/v1/webhook-deliveries").status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(other.post("/api/v1/webhook-deliveries/1/redeliveries").status())
                    .as(role)
                    .isEqualTo(403);
            assertThat(other.get("/sandbox/webhooks/inbox").status()).as(role).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(port).get(ENDPOINTS).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).get("/sandbox/webhooks/inbox").status())
                .isEqualTo(401);
        assertThat(ApiClient.admin(port).get(ENDPOINTS).list())
                .extracting(endpoint -> ((Number) endpoint.get("id")).longValue())
                .contains(id);
    }

    @Test
    void aCommittedEventArrivesSignedInTheSandboxInboxAndARolledBackOneRecordsNothing() {
        ApiClient.Response answer = create("http://127.0.0.1:" + port + "/sandbox/webhooks/inbox");
        long endpoint = answer.json().path("endpoint").path("id").asLong();
        String secret = answer.text("secret");
        TestSecrets.register(secret);
        String member = TestIds.member();
        long rolledBack = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        long committed = rolledBack + 1;

        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            events.publishEvent(change(rolledBack, member));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> events.publishEvent(change(committed, member)));
        WebhookDelivery delivery = await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveries.recent(endpoint, 10).stream().findFirst(), Optional::isPresent)
                .orElseThrow();
        job.deliverDue();

        assertThat(deliveries.recent(endpoint, 10)).singleElement().satisfies(only -> {
            assertThat(only.memberId()).isEqualTo(member);
            assertThat(only.state()).isEqualTo(WebhookDeliveryState.DELIVERED);
            assertThat(only.lastStatus()).isEqualTo(204);
        });
        JsonNode received = inboxEntry(delivery.messageId());
        JsonNode headers = received.path("headers");
        String body = received.path("body").asString();
        assertThat(headers.path("webhook-signature").asString())
                .isEqualTo(WebhookSignature.sign(
                        Secret.of(secret),
                        delivery.messageId(),
                        Long.parseLong(headers.path("webhook-timestamp").asString()),
                        body));
        JsonNode payload = JsonMapper.builder().build().readTree(body);
        assertThat(payload.path("type").asString()).isEqualTo("withdrawal.state_changed");
        assertThat(payload.path("data").path("withdrawalId").asLong()).isEqualTo(committed);
        assertThat(payload.path("data").path("amount").isString()).isTrue();
        assertThat(payload.path("data").path("amount").asString()).isEqualTo("12.50");
        assertThat(payload.path("data").path("state").asString()).isEqualTo("approved");
    }

    @Test
    void anAdministratorRedeliversFromTheConsoleAndTheApiWithTheSameMessageId() {
        ApiClient.Response answer = create("http://127.0.0.1:" + port + "/sandbox/webhooks/inbox");
        long endpoint = answer.json().path("endpoint").path("id").asLong();
        TestSecrets.register(answer.text("secret"));
        long withdrawal = ThreadLocalRandom.current().nextLong(2_000_000_000L, 3_000_000_000L);
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> events.publishEvent(change(withdrawal, TestIds.member())));
        WebhookDelivery delivery = await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveries.recent(endpoint, 10).stream().findFirst(), Optional::isPresent)
                .orElseThrow();
        job.deliverDue();
        BrowserSession console = new BrowserSession(port);
        console.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        HttpResponse<String> page = console.get("/console/webhooks");
        HttpResponse<String> fromConsole = console.submit(
                "/console/webhooks", "/console/webhooks/deliveries/" + delivery.id() + "/redeliver", Map.of());
        ApiClient.Response fromApi =
                ApiClient.admin(port).post("/api/v1/webhook-deliveries/" + delivery.id() + "/redeliveries");
        job.deliverDue();
        job.deliverDue();

        assertThat(page.body()).contains("withdrawal.state_changed").contains("Redeliver");
        assertThat(fromConsole.statusCode()).isEqualTo(200);
        assertThat(fromConsole.body()).contains("Delivery " + delivery.id() + " will be sent again");
        assertThat(fromApi.status()).as(fromApi.body()).isEqualTo(201);
        assertThat(fromApi.text("messageId")).isEqualTo(delivery.messageId());
        assertThat(deliveries.recent(endpoint, 10)).hasSize(3).allSatisfy(sent -> {
            assertThat(sent.messageId()).isEqualTo(delivery.messageId());
            assertThat(sent.state()).isEqualTo(WebhookDeliveryState.DELIVERED);
        });
        assertThat(auditLog.recent("webhook.delivery.redelivered", 500))
                .filteredOn(entry -> entry.target().equals("webhook-delivery:" + delivery.id()))
                .hasSize(2);
    }

    private JsonNode inboxEntry(String messageId) {
        for (JsonNode entry :
                ApiClient.admin(port).get("/sandbox/webhooks/inbox").json()) {
            if (messageId.equals(entry.path("headers").path("webhook-id").asString())) {
                return entry;
            }
        }
        throw new AssertionError("no request with webhook-id " + messageId + " in the inbox");
    }

    private static WithdrawalStateChanged change(long withdrawalId, String member) {
        return new WithdrawalStateChanged(
                withdrawalId, member, "POINT", new BigDecimal("12.50"), "approved", "pending", 2, Instant.now());
    }

    private ApiClient.Response create(String url) {
        ApiClient.Response answer = ApiClient.admin(port).post(ENDPOINTS, WITHDRAWALS_ONLY.formatted(url));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        created.add(answer.json().path("endpoint").path("id").asLong());
        return answer;
    }

    private List<String> auditOf(long id) {
        List<String> actions = new ArrayList<>();
        for (AuditEntry entry : auditLog.recent(null, 500)) {
            if (entry.target().equals(WebhookEndpointsService.target(id))) {
                actions.add(0, entry.action());
            }
        }
        return actions;
    }
}
