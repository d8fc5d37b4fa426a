package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.partner.internal.TestPartners.TestPartner;
import com.aeghash.partner.internal.authentication.PartnerSigning;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signing scheme 2 (method, path with query, timestamp, nonce and body hash) next to scheme 1 (timestamp, nonce and
 * body only), and a partner's cut-over from 1 to 2: a signature made for one order's refund never refunds another.
 */
@IntegrationTest
@WithTestPartners
class PartnerSigningVersionsIT extends PartnerApiTest {

    private static final String ORDERS = "/api/aegmall/v1/orders";
    private static final String HASHPOWER = "/api/aegmall/v1/hashpower";

    @Test
    void aCallSignedWithVersion2IsAcceptedAndLoggedWithItsScheme() {
        String key = TestIds.unique("idem");
        HttpResponse<String> response = client.post(TestPartners.SHOP, HASHPOWER, credit(members.registered()), key)
                .version2()
                .send();

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(schemeOf(key)).isEqualTo("V2");
    }

    @Test
    void aPartnerWithoutCutOverDateStillAcceptsVersion1() {
        String key = TestIds.unique("idem");
        HttpResponse<String> response = client.post(TestPartners.SHOP, HASHPOWER, credit(members.registered()), key)
                .send();

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(schemeOf(key)).isEqualTo("V1");
    }

    @Test
    void afterItsCutOverDateAPartnersVersion1RefundSignatureRefundsNothing() {
        String signedFor = paidOrder(TestPartners.MODERN);
        String other = paidOrder(TestPartners.MODERN);

        // scheme 1 signs the body alone: the body signed for one refund would fit the other order's path
        HttpResponse<String> redirected = client.post(
                        TestPartners.MODERN, refundPath(signedFor), "{\"reason\":\"returned\"}", TestIds.unique("idem"))
                .sendTo(refundPath(other))
                .send();
        HttpResponse<String> own = client.post(
                        TestPartners.MODERN, refundPath(signedFor), "{\"reason\":\"returned\"}", TestIds.unique("idem"))
                .send();

        assertThat(redirected.statusCode()).isEqualTo(401);
        assertThat(code(redirected)).isEqualTo("signature_v1_retired");
        assertThat(own.statusCode()).isEqualTo(401);
        assertThat(code(own)).isEqualTo("signature_v1_retired");
        assertThat(status(other)).isEqualTo("PAID");
        assertThat(status(signedFor)).isEqualTo("PAID");
    }

    @Test
    void theLegacyGetIsNotAffectedByTheCutOverBecauseItsSignatureCoversEveryParameter() {
        HttpResponse<String> response = client.legacy(
                TestPartners.MODERN,
                Map.of("from", "modern", "uid", members.registered(), "app", "miner", "hash", "2.5"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownSignatureVersionIsMalformed() {
        HttpResponse<String> response = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .header(PartnerSigning.VERSION_HEADER, "3")
                .send();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("invalid_signature");
        assertThat(json.readTree(response.body()).get("detail").stringValue()).contains("X-AEG-Signature-Version");
    }

    @Test
    void aVersion2RefundSignatureDoesNotRefundAnotherOrder() {
        String signedFor = paidOrder(TestPartners.SHOP);
        String other = paidOrder(TestPartners.SHOP);

        PartnerClient.Call refund = client.post(
                        TestPartners.SHOP, refundPath(signedFor), "{\"reason\":\"returned\"}", TestIds.unique("idem"))
                .version2();
        HttpResponse<String> redirected = refund.sendTo(refundPath(other)).send();

        assertThat(redirected.statusCode()).isEqualTo(401);
        assertThat(code(redirected)).isEqualTo("invalid_signature");
        assertThat(status(other)).isEqualTo("PAID");
        assertThat(refund.sendTo(refundPath(signedFor)).send().statusCode()).isEqualTo(200);
        assertThat(status(signedFor)).isEqualTo("REFUNDED");
    }

    @Test
    void aVersion2SignatureCoversTheQuery() {
        HttpResponse<String> response = client.post(
                        TestPartners.SHOP, HASHPOWER + "?batch=1", credit(members.registered()), TestIds.unique("idem"))
                .version2()
                .sendTo(HASHPOWER + "?batch=2")
                .send();

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private String paidOrder(TestPartner partner) {
        String orderId = TestIds.unique("o");
        HttpResponse<String> created = client.post(
                        partner, ORDERS, order(orderId, members.registered()), TestIds.unique("idem"))
                .version2()
                .send();
        assertThat(created.statusCode()).isEqualTo(201);
        return orderId;
    }

    private String schemeOf(String idempotencyKey) {
        return jdbc.sql("SELECT signature_scheme FROM partner_inbound_events WHERE idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(String.class)
                .single();
    }

    private String status(String orderId) {
        return jdbc.sql("SELECT status FROM partner_orders WHERE order_id = :order")
                .param("order", orderId)
                .query(String.class)
                .single();
    }

    private static String refundPath(String orderId) {
        return ORDERS + "/" + orderId + "/refund";
    }

    private static String credit(String member) {
        return "{\"memberId\":\"" + member + "\",\"amount\":\"1.5\",\"reference\":\"" + TestIds.unique("ref") + "\"}";
    }
}
