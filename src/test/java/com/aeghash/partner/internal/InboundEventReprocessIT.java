package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.order;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Secret;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;

/**
 * Administrators re-process failed inbound events; nothing is done twice; partners are listed without secrets. The
 * failed events come from transient failures injected into the real bonus engine ({@link FaultInjectingBonusService}).
 */
@IntegrationTest
@WithBonusEngineFaults
class InboundEventReprocessIT extends PartnerApiTest {

    @Autowired
    private FaultInjectingBonusService bonus;

    @Autowired
    private AuditLog auditLog;

    @Test
    void failedEventIsReprocessedOnceByAnAdministrator() throws Exception {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        bonus.failNext(reference(orderId), 4, () -> new CannotAcquireLockException("lock timeout (test)"));
        assertThat(client.post(
                                TestPartners.SHOP,
                                "/api/aegmall/v1/orders",
                                order(orderId, members.buyer().memberId()),
                                key)
                        .send()
                        .statusCode())
                .isEqualTo(503);
        long eventId = jdbc.sql("SELECT id FROM partner_inbound_events WHERE idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();

        HttpResponse<String> reprocessed = admin("POST", "/api/v1/ops/partner-events/" + eventId + "/reprocess");
        HttpResponse<String> again = admin("POST", "/api/v1/ops/partner-events/" + eventId + "/reprocess");

        assertThat(reprocessed.statusCode()).isEqualTo(201);
        assertThat(json.readTree(reprocessed.body()).get("orderId").stringValue())
                .isEqualTo(orderId);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("code").stringValue()).isEqualTo("not_reprocessable");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_orders WHERE order_id = :order")
                        .param("order", orderId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(PartnerIdempotencyIT.bonusEntries(jdbc, orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(jdbc.sql("SELECT reprocess_status FROM partner_inbound_events WHERE id = :id")
                        .param("id", eventId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(201);
        assertThat(auditLog.recent("partner.event_reprocessed", 50))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("partner-event:" + eventId));
    }

    @Test
    void eventAlreadyRetriedByThePartnerIsReprocessedAsAReplay() throws Exception {
        String orderId = TestIds.unique("o");
        String key = TestIds.unique("idem");
        String body = order(orderId, members.buyer().memberId());
        bonus.failNext(reference(orderId), 4, () -> new CannotAcquireLockException("lock timeout (test)"));
        client.post(TestPartners.SHOP, "/api/aegmall/v1/orders", body, key).send();
        long eventId = jdbc.sql("SELECT MIN(id) FROM partner_inbound_events WHERE idempotency_key = :key")
                .param("key", key)
                .query(Long.class)
                .single();
        assertThat(client.post(TestPartners.SHOP, "/api/aegmall/v1/orders", body, key)
                        .send()
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> reprocessed = admin("POST", "/api/v1/ops/partner-events/" + eventId + "/reprocess");

        assertThat(reprocessed.statusCode()).isEqualTo(201);
        assertThat(reprocessed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(bonus.distributeCallsFor(reference(orderId)))
                .as("4 failed attempts, the partner's retry")
                .isEqualTo(5);
        assertThat(PartnerIdempotencyIT.bonusEntries(jdbc, orderId)).isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
    }

    @Test
    void partnerOperationsNeedAnAdministrator() throws Exception {
        HttpResponse<String> anonymous = send(ApiClient.anonymous(port), "GET", "/api/v1/ops/partners", null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void operatorsWithoutTheAdminRoleAreForbidden() throws Exception {
        String username = TestIds.unique("ops");
        String password = "operations-password-" + TestIds.unique("pw");
        TestSecrets.register(password);
        HttpResponse<String> created = send(
                admin(),
                "POST",
                "/api/v1/operators",
                "{\"username\":\"" + username + "\",\"password\":\"" + password
                        + "\",\"roles\":[\"OPERATIONS\",\"FINANCE\"]}");

        HttpResponse<String> listed = send(basic(username, password), "GET", "/api/v1/ops/partners", null);
        HttpResponse<String> reprocess =
                send(basic(username, password), "POST", "/api/v1/ops/partner-events/1/reprocess", null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(listed.statusCode()).isEqualTo(403);
        assertThat(reprocess.statusCode()).isEqualTo(403);
    }

    @Test
    void partnersAreListedWithFingerprintsNeverSecrets() throws Exception {
        HttpResponse<String> partners = admin("GET", "/api/v1/ops/partners");

        assertThat(partners.statusCode()).isEqualTo(200);
        assertThat(partners.body())
                .contains(TestPartners.SHOP_KEY, Secret.fingerprintOf(TestPartners.SHOP_SECRET), "203.0.113.0/24");
        assertThat(partners.body()).doesNotContain(TestPartners.SHOP_SECRET, TestPartners.SHOP_PREVIOUS_SECRET);
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return send(admin(), method, path, null);
    }

    private ApiClient admin() {
        return ApiClient.admin(port);
    }

    private ApiClient basic(String username, String password) {
        return ApiClient.as(port, username, password);
    }

    private HttpResponse<String> send(ApiClient client, String method, String path, String json) {
        return client.exchange(HttpRequest.newBuilder(client.uri(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }
}
