package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditEntry;
import com.aeghash.audit.AuditLog;
import com.aeghash.ledger.Asset;
import com.aeghash.partner.internal.TestPartners.TestPartner;
import com.aeghash.partner.internal.authentication.PartnerSigning;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each rejection class of the partner authentication, rotation, replay, allowlist, rate limit and alerts. */
@IntegrationTest
@WithTestPartners
class PartnerAuthenticationIT extends PartnerApiTest {

    private static final String HASHPOWER = "/api/aegmall/v1/hashpower";

    @Autowired
    private AuditLog auditLog;

    @Test
    void callSignedWithTheCurrentSecretIsAcceptedAndLoggedWithItsKeyId() {
        String key = TestIds.unique("idem");
        HttpResponse<String> response = client.post(TestPartners.SHOP, HASHPOWER, credit(members.registered()), key)
                .send();

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(eventOf(key))
                .containsEntry("signature_check", "VALID_CURRENT")
                .containsEntry("key_id", TestPartners.SHOP_KEY)
                .containsEntry("partner_id", "shop");
    }

    @Test
    void previousSecretIsStillAcceptedDuringRotation() {
        String key = TestIds.unique("idem");
        HttpResponse<String> response = client.post(
                        TestPartners.SHOP.withSecret(TestPartners.SHOP_PREVIOUS_SECRET),
                        HASHPOWER,
                        credit(members.registered()),
                        key)
                .send();

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(eventOf(key)).containsEntry("signature_check", "VALID_PREVIOUS");
    }

    @Test
    void unknownKeyIsRejectedAndOnlyCountedNeverStored() {
        String presented = "not-a-key-" + TestIds.unique("k");
        long eventsBefore = jdbc.sql("SELECT COUNT(*) FROM partner_inbound_events")
                .query(Long.class)
                .single();

        HttpResponse<String> response = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .key(presented)
                .send();

        assertInvalidSignature(response);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM partner_inbound_events")
                        .query(Long.class)
                        .single())
                .isEqualTo(eventsBefore);
    }

    @Test
    void missingSignatureIsRejected() {
        HttpResponse<String> response = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .without(PartnerSigning.SIGNATURE_HEADER)
                .send();

        assertInvalidSignature(response);
    }

    @Test
    void signatureWithAnotherSecretIsRejected() {
        HttpResponse<String> response = client.post(
                        TestPartners.SHOP.withSecret("some-other-secret-0123456789abcdef"),
                        HASHPOWER,
                        credit(members.registered()),
                        TestIds.unique("idem"))
                .send();

        assertInvalidSignature(response);
    }

    @Test
    void bodyChangedAfterSigningIsRejected() {
        String member = members.registered();
        String signedBody = credit(member);
        long now = Instant.now().getEpochSecond();
        String signature = PartnerSigning.headerSignature(
                TestPartners.SHOP_SECRET, Long.toString(now), "n-tampered-0001", signedBody.getBytes());

        HttpResponse<String> response = client.post(
                        TestPartners.SHOP, HASHPOWER, signedBody.replace("1.5", "999"), TestIds.unique("idem"))
                .timestamp(now)
                .nonce("n-tampered-0001")
                .signature(signature)
                .send();

        assertInvalidSignature(response);
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isZero();
    }

    @Test
    void timestampsOutsideThe300SecondWindowAreRejected() {
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> old = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .timestamp(now - 330)
                .send();
        HttpResponse<String> future = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .timestamp(now + 330)
                .send();
        HttpResponse<String> withinWindow = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .timestamp(now - 240)
                .send();

        assertInvalidSignature(old);
        assertThat(old.body()).contains("timestamp is outside the allowed window");
        assertInvalidSignature(future);
        assertThat(withinWindow.statusCode()).isEqualTo(201);
    }

    @Test
    void replayedNonceIsRejectedAndNothingIsCreditedTwice() {
        String member = members.registered();
        String nonce = TestIds.unique("nonce");
        HttpResponse<String> first = client.post(TestPartners.SHOP, HASHPOWER, credit(member), TestIds.unique("idem"))
                .nonce(nonce)
                .send();
        HttpResponse<String> replayed = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(member), TestIds.unique("idem"))
                .nonce(nonce)
                .send();

        assertThat(first.statusCode()).isEqualTo(201);
        assertInvalidSignature(replayed);
        assertThat(replayed.body()).contains("nonce was already used");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isEqualByComparingTo("1.5");
    }

    @Test
    void sourceAddressOutsideThePartnersRangesIsForbidden() {
        HttpResponse<String> response = client.post(
                        TestPartners.FARAWAY, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .send();

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(code(response)).isEqualTo("ip_not_allowed");
    }

    @Test
    void forwardedAddressIsUsedOnlyBehindATrustedProxy() {
        HttpResponse<String> farawayViaProxy = client.post(
                        TestPartners.FARAWAY, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.7")
                .send();
        HttpResponse<String> shopViaProxy = client.post(
                        TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .header("X-Forwarded-For", "203.0.113.7")
                .send();

        assertThat(farawayViaProxy.statusCode()).isEqualTo(201);
        assertThat(shopViaProxy.statusCode()).isEqualTo(403);
    }

    @Test
    void everyForwardedForLineCountsSoAWrittenFirstLineCannotClaimAnAllowedAddress() {
        // the caller writes an allowed address itself; our proxy (127.0.0.1) adds the caller's real one below it
        HttpResponse<String> response = client.post(
                        TestPartners.FARAWAY, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .headerLine("X-Forwarded-For", "203.0.113.7")
                .headerLine("X-Forwarded-For", "198.51.100.1")
                .send();

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(code(response)).isEqualTo("ip_not_allowed");
    }

    @Test
    void theSandboxDemoPartnerWithItsPublishedSecretAnswersLocalCallersOnly() {
        TestPartner demo = new TestPartner("demo", "demo-key-0001", "demo-secret-do-not-use-in-production-0001");

        HttpResponse<String> local = client.post(demo, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .version2()
                .send();
        // relayed by a proxy on this machine (here also a trusted proxy): the caller is the address it names
        HttpResponse<String> relayed = client.post(
                        demo, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .version2()
                .header("X-Forwarded-For", "203.0.113.9")
                .send();
        HttpResponse<String> relayedClaimingLoopback = client.post(
                        demo, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .version2()
                .headerLine("X-Forwarded-For", "127.0.0.1")
                .headerLine("X-Forwarded-For", "203.0.113.9")
                .send();

        assertThat(local.statusCode()).isEqualTo(201);
        assertThat(relayed.statusCode()).isEqualTo(403);
        assertThat(code(relayed)).isEqualTo("ip_not_allowed");
        assertThat(relayedClaimingLoopback.statusCode()).isEqualTo(403);
    }

    @Test
    void callsAboveTheRateLimitGetA429WithRetryAfterAndAreAlerted() {
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int call = 0; call < 10; call++) {
            responses.add(
                    client.post(TestPartners.SLOW, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                            .send());
        }

        HttpResponse<String> limited = responses.stream()
                .filter(response -> response.statusCode() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(code(limited)).isEqualTo("rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(auditLog.recent("partner.rate_limited", 50))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("partner:slow"));
    }

    @Test
    void repeatedSignatureFailuresRaiseAnAlertNamingTheKeyIdNeverTheSecret() {
        TestPartner wrongSecret = TestPartners.BRUTE.withSecret("guessed-secret-0123456789abcdef-0000");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertInvalidSignature(
                    client.post(wrongSecret, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                            .send());
        }

        AuditEntry alert = auditLog.recent("partner.signature_failures", 50).stream()
                .filter(entry -> entry.target().equals("partner:brute"))
                .findFirst()
                .orElseThrow();
        assertThat(alert.details())
                .containsEntry("keyId", TestPartners.BRUTE_KEY)
                .containsEntry("lastCheck", "BAD_SIGNATURE");
        assertThat(alert.details().toString()).doesNotContain(TestPartners.BRUTE_SECRET);
    }

    @Test
    void bodyOverTheLimitIsRefused() {
        String huge = "{\"memberId\":\"m\",\"padding\":\"" + "x".repeat(70 * 1024) + "\"}";
        HttpResponse<String> response = client.post(TestPartners.SHOP, HASHPOWER, huge, TestIds.unique("idem"))
                .send();

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(code(response)).isEqualTo("body_too_large");
    }

    @Test
    void noSecretReachesTheEventLogOrTheAuditTrail() {
        client.post(TestPartners.SHOP, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .send();
        client.post(
                        TestPartners.SHOP.withSecret(TestPartners.SHOP_PREVIOUS_SECRET),
                        HASHPOWER,
                        credit(members.registered()),
                        TestIds.unique("idem"))
                .send();

        String events = String.join(
                "\n",
                jdbc.sql("SELECT * FROM partner_inbound_events")
                        .query((row, index) ->
                                row.getString("key_id") + row.getString("request_body") + row.getString("query_text"))
                        .list());
        String audit = auditLog.recent(null, 500).toString();
        for (String secret :
                List.of(TestPartners.SHOP_SECRET, TestPartners.SHOP_PREVIOUS_SECRET, TestPartners.BRUTE_SECRET)) {
            assertThat(events).doesNotContain(secret);
            assertThat(audit).doesNotContain(secret);
        }
    }

    private Map<String, Object> eventOf(String idempotencyKey) {
        return jdbc.sql("SELECT * FROM partner_inbound_events WHERE idempotency_key = :key")
                .param("key", idempotencyKey)
                .query()
                .singleRow();
    }

    private void assertInvalidSignature(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(code(response)).isEqualTo("invalid_signature");
    }

    private static String credit(String member) {
        return "{\"memberId\":\"" + member + "\",\"amount\":\"1.5\",\"reference\":\"" + TestIds.unique("ref") + "\"}";
    }
}
