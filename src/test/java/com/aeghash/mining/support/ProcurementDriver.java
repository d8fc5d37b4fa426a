package com.aeghash.mining.support;

import com.aeghash.sandbox.HashDamSandbox;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Procurements as operators drive them over HTTP: a maker (OPERATIONS) asks, a checker (FINANCE) approves, the admin
 * sets the simulators' faults; plus reads of what the database recorded (counts, ledger entries) for assertions.
 */
public final class ProcurementDriver {

    public static final String PATH = "/api/v1/mining/procurements";

    private final ApiClient maker;
    private final ApiClient checker;
    private final ApiClient admin;
    private final JdbcTemplate jdbc;

    public ProcurementDriver(int port, JdbcTemplate jdbc) {
        this.maker = ApiClient.newOperator(port, "OPERATIONS").header("Accept", "application/json");
        this.checker = ApiClient.newOperator(port, "FINANCE").header("Accept", "application/json");
        this.admin = ApiClient.admin(port).header("Accept", "application/json");
        this.jdbc = jdbc;
    }

    /** A credit amount no other test uses, so history rows can be told apart. */
    public static BigDecimal uniqueAmount() {
        return new BigDecimal(ThreadLocalRandom.current().nextInt(1, 9_999_999)).movePointLeft(4);
    }

    public ApiClient.Response ask(BigDecimal creditAmount, String idempotencyKey) {
        return maker.header("Idempotency-Key", idempotencyKey)
                .post(PATH, "{\"creditAmount\":" + creditAmount.toPlainString() + "}");
    }

    /** Asks with a fresh key and answers the created procurement. */
    public JsonNode asked(BigDecimal creditAmount) {
        ApiClient.Response response = ask(creditAmount, TestIds.unique("procurement-key"));
        if (response.status() != 201) {
            throw new IllegalStateException("procurement not created: " + response);
        }
        return response.json();
    }

    public ApiClient.Response approveAs(ApiClient who, long id) {
        return who.post(PATH + "/" + id + "/approvals", "{\"note\":\"checked the treasury\"}");
    }

    public ApiClient.Response approve(long id) {
        return approveAs(checker, id);
    }

    /** The checker rejects the procurement's four-eyes request through the approval module. */
    public ApiClient.Response reject(long approvalRequestId) {
        return checker.post(
                "/api/v1/approval-requests/" + approvalRequestId + "/rejections", "{\"reason\":\"not this month\"}");
    }

    public ApiClient maker() {
        return maker;
    }

    public ApiClient checker() {
        return checker;
    }

    /** A charge created at HashDam as a lost call would have created it; returns its id. */
    public static String chargeAt(HashDamSandbox hashDam, BigDecimal amount) {
        JsonNode body = JsonMapper.builder()
                .build()
                .createObjectNode()
                .put("method", "hashCreditCharge")
                .put("amount", amount.toPlainString());
        Object data =
                hashDam.handle(TestSecrets.HASHDAM_API_KEY, "127.0.0.1", body).get("data");
        return String.valueOf(((Map<?, ?>) data).get("chargeId"));
    }

    public ApiClient admin() {
        return admin;
    }

    public JsonNode get(long id) {
        return maker.get(PATH + "/" + id).json();
    }

    /** The ids of the list filtered by {@code status}, read one page of one procurement at a time through next. */
    public List<Long> idsPagedByOne(String status) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = maker.get(
                            PATH + "?status=" + status + "&limit=1" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            if (page.path("items").size() > 1) {
                throw new IllegalStateException(
                        "a page of limit=1 held " + page.path("items").size());
            }
            page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
            cursor = page.path("next").isNull() ? null : page.path("next").asString();
        } while (cursor != null && ids.size() < 10_000);
        return ids;
    }

    public int reconcile() {
        return maker.post(PATH + "/reconciliation").json().path("changed").asInt();
    }

    public void fault(String vendor, String method, String plan) {
        ApiClient.Response set = admin.put("/sandbox/faults/" + vendor + "/" + method, plan);
        if (set.status() / 100 != 2) {
            throw new IllegalStateException("fault not set: " + set);
        }
    }

    public int procurementRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mining_procurements", Integer.class);
    }

    /** The amount an entry moved into one system account of an asset, or null when the entry does not exist. */
    public BigDecimal posted(String reference, String systemAccount, String asset) {
        return jdbc.query("""
                        SELECT p.amount FROM ledger_postings p
                        JOIN ledger_entries e ON e.id = p.entry_id
                        JOIN ledger_accounts a ON a.id = p.account_id
                        WHERE e.reference = ? AND a.owner_type = 'SYSTEM' AND a.owner_id = ? AND a.asset = ?""", (row, index) -> row.getBigDecimal(1), reference, systemAccount, asset).stream()
                .findFirst()
                .orElse(null);
    }
}
