package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public calls {@link CompensationPlanIT} drives the plan with, each checked for success: registrations and
 * centers as an operator, orders and refunds signed as the sandbox's demo partner, closings as finance, a
 * withdrawal with the member's own token; and the reads its assertions compare with the hand-computed figures.
 */
final class CompensationPlanCalls {

    private static final String ORDERS = "/api/aegmall/v1/orders";

    private final int port;
    private final ApiClient admin;
    private final ApiClient finance;
    private final JdbcTemplate jdbc;
    private final Ledger ledger;

    CompensationPlanCalls(int port, JdbcTemplate jdbc, Ledger ledger) {
        this.port = port;
        this.admin = ApiClient.newOperator(port, "ADMIN");
        this.finance = ApiClient.newOperator(port, "FINANCE");
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Registers the member referred and sponsored by {@code upline} (the root when null). */
    void register(String memberId, String upline) {
        String body = upline == null
                ? "{\"memberId\":\"" + memberId + "\"}"
                : "{\"memberId\":\"" + memberId + "\",\"referrerId\":\"" + upline + "\",\"sponsorId\":\"" + upline
                        + "\"}";
        ApiClient.Response registered = admin.post("/api/v1/members", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }

    /** The member's binary parent and side as placed. */
    String binaryPlace(String memberId) {
        return jdbc.queryForObject(
                "SELECT parent_member_id || ':' || side FROM organization_binary_nodes WHERE member_id = ?",
                String.class,
                memberId);
    }

    /** A paid order of the demo partner; returns its reference {@code demo:<orderId>}. */
    String order(String orderId, String buyer, String totalAmount, String pv) {
        String body = "{\"orderId\":\"" + orderId + "\",\"memberId\":\"" + buyer + "\",\"totalAmount\":\"" + totalAmount
                + "\",\"pvAmount\":\"" + pv + "\",\"channel\":\"shop\"}";
        HttpResponse<String> created = DemoPartner.post(port, ORDERS, body, TestIds.unique("order-key"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return "demo:" + orderId;
    }

    void refund(String orderId) {
        HttpResponse<String> refunded = DemoPartner.post(
                port, ORDERS + "/" + orderId + "/refund", "{\"reason\":\"returned\"}", TestIds.unique("refund-key"));
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
    }

    void designateCenter(String memberId) {
        ApiClient.Response designated = admin.postJson("/api/v1/centers", Map.of("memberId", memberId));
        assertThat(designated.status()).as(designated.body()).isEqualTo(201);
    }

    void assignCenter(String buyer, String center) {
        ApiClient.Response assigned =
                admin.put("/api/v1/members/" + buyer + "/center", "{\"centerMemberId\":\"" + center + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }

    /** A cut-off just behind the clock: after every committed payment, never in the future. */
    static Instant cutoffNow() throws InterruptedException {
        Thread.sleep(20);
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
    }

    JsonNode preview(Instant cutoff) {
        ApiClient.Response preview =
                finance.post("/api/v1/bonus/closings/previews", "{\"cutoff\":\"" + cutoff + "\",\"top\":100}");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        return preview.json();
    }

    JsonNode close(Instant cutoff) {
        ApiClient.Response closing = finance.post("/api/v1/bonus/closings", "{\"cutoff\":\"" + cutoff + "\"}");
        assertThat(closing.status() / 100).as(closing.body()).isEqualTo(2);
        assertThat(closing.json().path("status").asString()).isEqualTo("COMPLETED");
        return closing.json();
    }

    JsonNode report(long closingId) {
        ApiClient.Response report = finance.get("/api/v1/bonus/closings/" + closingId + "/report?limit=100");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    JsonNode explanation(long entryId) {
        ApiClient.Response explained = finance.get("/api/v1/bonus/entries/" + entryId);
        assertThat(explained.status()).as(explained.body()).isEqualTo(200);
        return explained.json();
    }

    /** The id of the order's one entry of the type. */
    long entryId(String orderReference, String bonusType) {
        return jdbc.queryForObject(
                "SELECT id FROM bonus_entries WHERE order_reference = ? AND bonus_type = ?",
                Long.class,
                orderReference,
                bonusType);
    }

    /** The id of the member's global share entry of the closing. */
    long globalShareEntryId(String memberId, long closingId) {
        return jdbc.queryForObject(
                "SELECT id FROM bonus_entries WHERE bonus_type = 'GLOBAL_SHARE' AND beneficiary_member_id = ?"
                        + " AND closing_id = ?",
                Long.class,
                memberId,
                closingId);
    }

    /**
     * Creates the member's platform wallet (moves nothing) and requests a POINT withdrawal to it with the member's own
     * token: the amount moves from available to the withdrawal hold.
     */
    void requestWithdrawal(String memberId, String amount) {
        ApiClient.Response wallet = admin.post("/api/v1/members/" + memberId + "/wallet");
        assertThat(wallet.status() / 100).as(wallet.body()).isEqualTo(2);
        ApiClient app = ApiClient.bearer(port, MemberJwts.forMember(memberId))
                .header("Idempotency-Key", TestIds.unique("withdrawal-key"));
        ApiClient.Response requested = app.post(
                "/api/v1/withdrawals",
                "{\"memberId\":\"" + memberId + "\",\"asset\":\"POINT\",\"amount\":\"" + amount + "\"}");
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    }

    /** Every entry summed per {@code member TYPE STATUS}, amounts as plain decimals. */
    Map<String, String> entrySums() {
        Map<String, String> sums = new TreeMap<>();
        jdbc.query("""
                SELECT beneficiary_member_id, bonus_type, status, SUM(amount) AS total FROM bonus_entries
                GROUP BY beneficiary_member_id, bonus_type, status""", row -> {
            sums.put(row.getString(1) + " " + row.getString(2) + " " + row.getString(3), plain(row.getBigDecimal(4)));
        });
        return sums;
    }

    /** {@code available/pending/hold} of the member's POINT, plain decimals. */
    String points(String memberId) {
        AssetBalance points = ledger.balancesOf(memberId).of(Asset.POINT);
        return plain(points.available()) + "/" + plain(points.pending()) + "/" + plain(points.withdrawalHold());
    }

    /** {@code status entries amount} of each tally of a preview's or report's {@code statuses} list. */
    static String tallies(JsonNode statuses) {
        java.util.List<String> tallies = new java.util.ArrayList<>();
        for (JsonNode tally : statuses) {
            tallies.add(tally.path("status").asString() + " "
                    + tally.path("entries").asLong() + " "
                    + plain(new BigDecimal(tally.path("amount").asString())));
        }
        java.util.Collections.sort(tallies);
        return String.join(", ", tallies);
    }

    /** Per bonus type the {@link #tallies} of a preview's {@code bonusTypes} or a report's {@code totals}. */
    static Map<String, String> perType(JsonNode types) {
        Map<String, String> perType = new TreeMap<>();
        for (JsonNode type : types) {
            perType.put(type.path("bonusType").asString(), tallies(type.path("statuses")));
        }
        return perType;
    }

    static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    static String plain(JsonNode amount) {
        return plain(new BigDecimal(amount.asString()));
    }

    /** {@code orders: PV pool qualifiers share paid remainder} of a preview's global share. */
    static String previewedGlobalShare(JsonNode preview) {
        JsonNode share = preview.path("globalShare");
        return share.path("orders").asLong() + ": "
                + Stream.of("pvAmount", "pool", "qualifiers", "share", "amount", "remainder")
                        .map(field -> plain(new BigDecimal(share.path(field).asString())))
                        .collect(Collectors.joining(" "));
    }

    static String globalShare(JsonNode closing) {
        return plain(closing.path("globalSharePv")) + " "
                + plain(closing.path("globalSharePool")) + " "
                + closing.path("globalShareQualifiers").asLong() + " "
                + plain(closing.path("globalShareAmount")) + " "
                + plain(closing.path("globalShareRemainder"));
    }
}
