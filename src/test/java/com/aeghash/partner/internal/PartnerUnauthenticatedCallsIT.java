package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.partner.internal.TestPartners.TestPartner;
import com.aeghash.partner.internal.authentication.PartnerSigning;
import com.aeghash.partner.internal.events.RejectedCallCounts;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Calls that fail authentication, in a context of their own with a small failure budget per source address (5 per
 * minute): they take no permit of the partner's rate limit, a flood of them is answered 429 and counted instead of
 * stored, and calls with a key id no partner has are never stored one row each. The callers' addresses come through
 * the trusted proxy 127.0.0.1 ({@code X-Forwarded-For}), so each test floods from an address of its own.
 */
@IntegrationTest
@Import(PartnerMembers.class)
@TestPropertySource(
        properties = {
            "AEGMALL_OPEN_KEY=" + PartnerUnauthenticatedCallsIT.OPEN_KEY,
            "AEGMALL_OPEN_SECRET=" + PartnerUnauthenticatedCallsIT.OPEN_SECRET,
            "AEGMALL_LIMITED_KEY=" + PartnerUnauthenticatedCallsIT.LIMITED_KEY,
            "AEGMALL_LIMITED_SECRET=" + PartnerUnauthenticatedCallsIT.LIMITED_SECRET,
            "AEGMALL_LIMITED_RATE_LIMIT_PER_SECOND=1",
            "aeghash.partner.trusted-proxies=127.0.0.1/32,::1/128",
            "aeghash.partner.failures-per-address=5",
            "aeghash.partner.unknown-key-calls-alert=20"
        })
class PartnerUnauthenticatedCallsIT extends PartnerApiTest {

    static final String OPEN_KEY = "open-key-0001";
    static final String OPEN_SECRET = "open-secret-0123456789abcdef-0123456";
    static final String LIMITED_KEY = "limited-key-0001";
    static final String LIMITED_SECRET = "limited-secret-0123456789abcdef-01234";
    /** Any source address. */
    private static final TestPartner OPEN = new TestPartner("open", OPEN_KEY, OPEN_SECRET);
    /** Any source address, one request per second. */
    private static final TestPartner LIMITED = new TestPartner("limited", LIMITED_KEY, LIMITED_SECRET);

    private static final String HASHPOWER = "/api/aegmall/v1/hashpower";

    @Autowired
    private RejectedCallCounts rejectedCallCounts;

    @Autowired
    private AuditLog auditLog;

    static {
        TestSecrets.register(OPEN_SECRET);
        TestSecrets.register(LIMITED_SECRET);
    }

    @Test
    void unsignedCallsWithThePartnersKeyIdDoNotUseUpItsRateLimit() {
        String attacker = "198.51.100.20";
        List<HttpResponse<String>> unsigned = new ArrayList<>();
        for (int call = 0; call < 100; call++) {
            unsigned.add(unsignedCall(LIMITED, attacker).send());
        }

        HttpResponse<String> signed = client.post(
                        LIMITED, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .send();

        assertThat(signed.statusCode()).isEqualTo(201);
        assertThat(unsigned)
                .allSatisfy(response -> assertThat(response.statusCode()).isIn(401, 429));
    }

    @Test
    void aFloodOfFailuresFromOneAddressIsAnswered429AndStoredOnlyUpToItsBudget() {
        String attacker = "198.51.100.21";
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int call = 0; call < 30; call++) {
            responses.add(unsignedCall(OPEN, attacker).send());
        }

        assertThat(responses.subList(0, 5)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(code(response)).isEqualTo("invalid_signature");
        });
        assertThat(responses.subList(5, 30)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(429);
            assertThat(code(response)).isEqualTo("too_many_failures");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        });
        assertThat(storedEventsFrom(attacker)).isEqualTo(5);
    }

    @Test
    void aCorrectlySignedCallFromAnAddressOverItsFailureBudgetIsStillAccepted() {
        String sharedAddress = "198.51.100.22";
        for (int call = 0; call < 10; call++) {
            unsignedCall(OPEN, sharedAddress).send();
        }

        HttpResponse<String> signed = client.post(OPEN, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .header("X-Forwarded-For", sharedAddress)
                .send();

        assertThat(signed.statusCode()).isEqualTo(201);
    }

    @Test
    void aBurstOfCallsWithAnUnknownKeyIdWritesNoRowPerCall() {
        rejectedCallCounts.flush();
        long eventsBefore = storedEvents();
        long countRowsBefore = rejectedCallRows();

        for (int call = 0; call < 50; call++) {
            HttpResponse<String> response = client.post(
                            OPEN, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                    .key("no-such-key-" + call)
                    .header("X-Forwarded-For", "198.51.100." + (100 + call))
                    .send();
            assertThat(response.statusCode()).isEqualTo(401);
        }

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(rejectedCallRows()).isEqualTo(countRowsBefore);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> counted = (List<Map<String, Object>>) ApiClient.admin(port)
                .get("/api/v1/ops/partner-rejected-calls?limit=100")
                .map()
                .get("items");
        assertThat(counted)
                .filteredOn(row -> "UNKNOWN_KEY".equals(row.get("signatureCheck")))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("partnerId")).isNull();
                    assertThat(row.get("responseStatus")).isEqualTo(401);
                    assertThat(((Number) row.get("calls")).longValue()).isEqualTo(50);
                    assertThat(((Number) row.get("addresses")).intValue()).isEqualTo(50);
                });
        assertThat(auditLog.recent("partner.unknown_key_calls", 50))
                .singleElement()
                .satisfies(entry -> assertThat(entry.target()).isEqualTo("unknown-key"));
        assertThat(auditLog.recent("partner.signature_failures", 500))
                .noneSatisfy(entry -> assertThat(entry.target()).startsWith("address:"));
    }

    private PartnerClient.Call unsignedCall(TestPartner partner, String fromAddress) {
        return client.post(partner, HASHPOWER, credit(members.registered()), TestIds.unique("idem"))
                .without(PartnerSigning.SIGNATURE_HEADER)
                .header("X-Forwarded-For", fromAddress);
    }

    private long storedEventsFrom(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_inbound_events WHERE remote_address = :address")
                .param("address", address)
                .query(Long.class)
                .single();
    }

    private long rejectedCallRows() {
        return jdbc.sql("SELECT COUNT(*) FROM partner_rejected_calls")
                .query(Long.class)
                .single();
    }

    private long storedEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM partner_inbound_events")
                .query(Long.class)
                .single();
    }

    private static String credit(String member) {
        return "{\"memberId\":\"" + member + "\",\"amount\":\"1.5\",\"reference\":\"" + TestIds.unique("ref") + "\"}";
    }
}
