package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.order;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 50 identical order requests (same Idempotency-Key and payload, each with its own nonce) at once, on
 * PostgreSQL with the real bonus engine and organization: exactly one order, one distribution (one set of
 * {@code bonus_entries} rows, its credits queued once) and the uplines' PENDING balances credited once; every other
 * caller gets the first response replayed or is told the key is in progress. And the same refund, or the same
 * hash-power reference, sent at once under different keys: done once.
 */
@PostgresIntegrationTest
@WithTestPartners
class PartnerConcurrencyPostgresIT {

    private static final int CALLERS = 50;

    @LocalServerPort
    private int port;

    @Autowired
    private BonusCredits credits;

    @Autowired
    private PartnerMembers members;

    @Autowired
    private Ledger ledger;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void fiftyConcurrentIdenticalRequestsCreateExactlyOneOrderAndOneSetOfBonusEntries() throws Exception {
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();
        String key = TestIds.unique("idem");
        String body = order(orderId, buyer.memberId());
        PartnerClient client = new PartnerClient(port);

        List<HttpResponse<String>> responses = concurrently(
                CALLERS,
                caller -> client.post(TestPartners.SHOP, "/api/aegmall/v1/orders", body, key)
                        .send());

        List<HttpResponse<String>> created = responses.stream()
                .filter(response -> response.statusCode() == 201)
                .toList();
        assertThat(created).isNotEmpty();
        assertThat(created.stream()
                        .filter(response -> response.headers()
                                .firstValue("Idempotent-Replayed")
                                .isEmpty()))
                .hasSize(1);
        assertThat(created)
                .allSatisfy(response ->
                        assertThat(response.body()).isEqualTo(created.get(0).body()));
        assertThat(responses)
                .allSatisfy(response -> assertThat(response.statusCode() == 201
                                || (response.statusCode() == 409
                                        && response.body().contains("idempotency_in_progress")))
                        .isTrue());
        assertThat(count("SELECT COUNT(*) FROM partner_orders WHERE order_id = ?", orderId))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM bonus_orders WHERE order_reference = ?", reference(orderId)))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM bonus_entries WHERE order_reference = ?", reference(orderId)))
                .isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(count(
                        "SELECT COUNT(DISTINCT beneficiary_member_id) FROM bonus_entries WHERE order_reference = ?",
                        reference(orderId)))
                .as("every upline of the buyer's chain")
                .isEqualTo(PartnerMembers.UPLINES);
        assertThat(count("SELECT COUNT(*) FROM bonus_credit_queue WHERE order_reference = ?", reference(orderId)))
                .as("the order's credits queued once")
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM idempotency_keys WHERE claim_key = ? AND status = 'COMPLETED'", key))
                .isEqualTo(1);
        assertThat(pending(buyer.upline(1)))
                .as("30 percent referral + 1 percent sponsor, once")
                .isEqualByComparingTo("31");
        assertThat(pending(buyer.upline(2)))
                .as("5 percent referral + 1 percent sponsor, once")
                .isEqualByComparingTo("6");
        assertThat(pending(buyer.upline(11))).as("1 percent sponsor, once").isEqualByComparingTo("1");
        assertThat(pending(buyer.memberId()))
                .as("the buyer earns nothing from its own order")
                .isZero();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void concurrentRefundsOfOneOrderUnderDifferentKeysRefundItOnce() throws Exception {
        String orderId = TestIds.unique("o");
        PartnerMembers.Buyer buyer = members.buyer();
        PartnerClient client = new PartnerClient(port);
        assertThat(client.post(
                                TestPartners.SHOP,
                                "/api/aegmall/v1/orders",
                                order(orderId, buyer.memberId()),
                                TestIds.unique("idem"))
                        .send()
                        .statusCode())
                .isEqualTo(201);

        List<HttpResponse<String>> responses = concurrently(
                8,
                caller -> client.post(
                                TestPartners.SHOP,
                                "/api/aegmall/v1/orders/" + orderId + "/refund",
                                "",
                                TestIds.unique("idem"))
                        .send());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(responses)
                .extracting(HttpResponse::body)
                .as("one refund time for all")
                .containsOnly(responses.get(0).body());
        assertThat(count(
                        "SELECT COUNT(*) FROM organization_sales_volume_events WHERE member_id = ? AND pv_delta < 0",
                        buyer.memberId()))
                .as("the order's PV taken back once")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM bonus_orders WHERE order_reference = ? AND refunded_at IS NOT NULL",
                        reference(orderId)))
                .isEqualTo(1);
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void concurrentHashPowerCreditsOfOneReferenceUnderDifferentKeysCreditOnce() throws Exception {
        String member = members.registered();
        String reference = TestIds.unique("hp");
        String body = "{\"memberId\":\"" + member + "\",\"amount\":\"2.5\",\"reference\":\"" + reference + "\"}";
        PartnerClient client = new PartnerClient(port);

        List<HttpResponse<String>> responses = concurrently(
                8,
                caller -> client.post(TestPartners.SHOP, "/api/aegmall/v1/hashpower", body, TestIds.unique("idem"))
                        .send());

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(count(
                        "SELECT COUNT(*) FROM ledger_entries WHERE reference = ?",
                        "partner-hashpower:shop:" + reference))
                .isEqualTo(1);
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isEqualByComparingTo("2.5");
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    private long count(String sql, String parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    /** After posting the queued credits (the service's job does it a moment after the order). */
    private BigDecimal pending(String memberId) {
        credits.postOutstanding();
        return ledger.balancesOf(memberId).of(Asset.POINT).pending();
    }

    private static List<HttpResponse<String>> concurrently(int callers, IntFunction<HttpResponse<String>> call)
            throws Exception {
        return Concurrently.run(callers, call);
    }
}
