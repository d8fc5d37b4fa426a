package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Drives the API as the member app, the operators and the admin do. Operators are created once per test
 * server (each Spring context has its own port and database) and shared by the tests using it.
 */
final class WithdrawalApi {

    static final String PASSWORD = "withdrawal-test-password-1";
    private static final Map<Integer, WithdrawalApi> BY_PORT = new ConcurrentHashMap<>();
    private final int port;
    private final ApplicationContext context;
    final String memberApp;
    final String operations;
    final String operations2;
    final String finance;
    final String finance2;

    private WithdrawalApi(int port, ApplicationContext context) {
        this.port = port;
        this.context = context;
        this.memberApp = createOperator("app", "MEMBER_APP");
        this.operations = createOperator("ops", "OPERATIONS");
        this.operations2 = createOperator("ops", "OPERATIONS");
        this.finance = createOperator("fin", "FINANCE");
        this.finance2 = createOperator("fin", "FINANCE");
    }

    static WithdrawalApi on(int port, ApplicationContext context) {
        return BY_PORT.computeIfAbsent(port, newPort -> new WithdrawalApi(newPort, context));
    }

    ApiClient as(String username) {
        return ApiClient.as(port, username, PASSWORD);
    }

    ApiClient admin() {
        return ApiClient.admin(port);
    }

    String createOperator(String prefix, String... roles) {
        return created(prefix, Map.of(), roles);
    }

    /** An operator whose account is linked to the member (an employee who is also a member). */
    String createOperatorOf(String member, String prefix, String... roles) {
        return created(prefix, Map.of("memberId", member), roles);
    }

    private String created(String prefix, Map<String, String> link, String... roles) {
        String username = TestIds.unique(prefix).toLowerCase();
        Map<String, Object> body = new HashMap<>(link);
        body.putAll(Map.of("username", username, "password", PASSWORD, "roles", List.of(roles)));
        ApiClient.Response created = admin().postJson("/api/v1/operators", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    /**
     * Credits the member's available balance through the manual adjustment API (a FINANCE operator's right),
     * registering the member first when it is not (money moves only for registered members).
     */
    void fund(String member, String asset, String amount) {
        OrganizationFixtures.registered(context, member);
        ApiClient.Response funded = as(finance2)
                .header("Idempotency-Key", TestIds.unique("fund"))
                .post(
                        "/api/v1/ledger/adjustments",
                        "{\"memberId\":\"" + member + "\",\"asset\":\"" + asset + "\",\"amount\":\"" + amount
                                + "\",\"reason\":\"test funding\"}");
        if (funded.status() == 202) {
            // At or above the approval threshold: a second FINANCE operator approves it.
            funded = as(finance)
                    .post("/api/v1/approval-requests/"
                            + funded.json().path("id").asLong() + "/approvals");
            assertThat(funded.json().path("status").asString())
                    .as(funded.body())
                    .isEqualTo("executed");
            return;
        }
        assertThat(funded.status()).as(funded.body()).isEqualTo(201);
    }

    /** The member app requests a withdrawal; {@code extraFields} is JSON like {@code ,"deviceId":"d1"} or empty. */
    ApiClient.Response request(String idempotencyKey, String member, String asset, String amount, String extraFields) {
        return as(memberApp)
                .header("Idempotency-Key", idempotencyKey)
                .post(
                        "/api/v1/withdrawals",
                        "{\"memberId\":\"" + member + "\",\"asset\":\"" + asset + "\",\"amount\":\"" + amount + "\""
                                + extraFields + "}");
    }

    ApiClient.Response request(String member, String asset, String amount, String extraFields) {
        return request(TestIds.unique("key"), member, asset, amount, extraFields);
    }

    /** Requests a withdrawal that must be accepted, and returns its id. */
    long requested(String member, String asset, String amount) {
        ApiClient.Response response = request(member, asset, amount, "");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    ApiClient.Response approve(String approver, long id) {
        return as(approver).post("/api/v1/withdrawals/" + id + "/approvals", "{}");
    }

    ApiClient.Response approve(String approver, long id, String note) {
        return as(approver).post("/api/v1/withdrawals/" + id + "/approvals", "{\"note\":\"" + note + "\"}");
    }

    ApiClient.Response reject(String approver, long id, String reason) {
        return as(approver).post("/api/v1/withdrawals/" + id + "/rejections", "{\"reason\":\"" + reason + "\"}");
    }

    ApiClient.Response cancel(long id) {
        return as(memberApp).post("/api/v1/withdrawals/" + id + "/cancellation", "{\"reason\":\"changed my mind\"}");
    }

    JsonNode withdrawal(long id) {
        ApiClient.Response response = admin().get("/api/v1/withdrawals/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    String status(long id) {
        return withdrawal(id).path("status").asString();
    }

    List<String> auditActions(long id) {
        List<String> actions = new ArrayList<>();
        withdrawal(id)
                .path("auditTrail")
                .forEach(entry -> actions.add(entry.path("action").asString()));
        return actions;
    }

    JsonNode auditEntry(long id, String action) {
        for (JsonNode entry : withdrawal(id).path("auditTrail")) {
            if (entry.path("action").asString().equals(action)) {
                return entry;
            }
        }
        throw new AssertionError("withdrawal " + id + " has no audit entry " + action);
    }

    /** How many withdrawals the admin's list shows for the member (its first page). */
    int listedFor(String member) {
        return admin().get("/api/v1/withdrawals?memberId=" + member)
                .json()
                .path("items")
                .size();
    }

    BigDecimal available(String member, String asset) {
        return bucket(member, asset, "available");
    }

    BigDecimal held(String member, String asset) {
        return bucket(member, asset, "withdrawalHold");
    }

    private BigDecimal bucket(String member, String asset, String bucket) {
        for (JsonNode balance :
                admin().get("/api/v1/members/" + member + "/balances").json().path("balances")) {
            if (balance.path("asset").asString().equals(asset)) {
                return new BigDecimal(balance.path(bucket).asString());
            }
        }
        throw new AssertionError("no " + asset + " balance for " + member);
    }
}
