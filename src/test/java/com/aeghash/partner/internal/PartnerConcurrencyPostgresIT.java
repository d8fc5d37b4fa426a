package com.aeghash.partner.internal;

import static com.aeghash.partner.internal.PartnerIdempotencyIT.order;
import static com.aeghash.partner.internal.PartnerIdempotencyIT.reference;
import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.PostgresIntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 50 identical order requests (same Idempotency-Key and payload, each with its own nonce) at once, on
 * PostgreSQL with the real bonus engine and organization: exactly one order, one distribution (one set of
 * {@code bonus_entries} rows, one ledger entry) and the uplines' PENDING balances credited once; every other
 * caller gets the first answer replayed or is told the key is in progress.
 */
@PostgresIntegrationTest
@WithTestPartners
class PartnerConcurrencyPostgresIT {

    private static final int CALLERS = 50;

    @LocalServerPort
    private int port;
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

        List<HttpResponse<String>> responses = concurrently(() -> client.post(TestPartners.SHOP,
                "/api/aegmall/v1/orders", body, key).send());

        List<HttpResponse<String>> created = responses.stream()
                .filter(response -> response.statusCode() == 201).toList();
        assertThat(created).isNotEmpty();
        assertThat(created.stream().filter(response -> response.headers().firstValue("Idempotent-Replayed").isEmpty()))
                .hasSize(1);
        assertThat(created).allSatisfy(response -> assertThat(response.body()).isEqualTo(created.get(0).body()));
        assertThat(responses).allSatisfy(response -> assertThat(response.statusCode() == 201
                || (response.statusCode() == 409 && response.body().contains("idempotency_in_progress"))).isTrue());
        assertThat(count("SELECT COUNT(*) FROM partner_orders WHERE order_id = ?", orderId)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM bonus_orders WHERE order_reference = ?", reference(orderId)))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM bonus_entries WHERE order_reference = ?", reference(orderId)))
                .isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        assertThat(count("SELECT COUNT(DISTINCT beneficiary_member_id) FROM bonus_entries WHERE order_reference = ?",
                reference(orderId))).as("every upline of the buyer's chain").isEqualTo(PartnerMembers.UPLINES);
        assertThat(count("SELECT COUNT(*) FROM ledger_entries WHERE reference = ?", "bonus:" + reference(orderId)))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM idempotency_keys WHERE claim_key = ? AND status = 'COMPLETED'", key))
                .isEqualTo(1);
        assertThat(pending(buyer.upline(1))).as("30 percent referral + 1 percent sponsor, once").isEqualByComparingTo("31");
        assertThat(pending(buyer.upline(2))).as("5 percent referral + 1 percent sponsor, once").isEqualByComparingTo("6");
        assertThat(pending(buyer.upline(11))).as("1 percent sponsor, once").isEqualByComparingTo("1");
        assertThat(pending(buyer.memberId())).as("the buyer earns nothing from its own order").isZero();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    private long count(String sql, String parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private BigDecimal pending(String memberId) {
        return ledger.balancesOf(memberId).of(Asset.POINT).pending();
    }

    private static List<HttpResponse<String>> concurrently(java.util.concurrent.Callable<HttpResponse<String>> call)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
