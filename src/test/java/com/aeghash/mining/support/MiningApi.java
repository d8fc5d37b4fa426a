package com.aeghash.mining.support;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.TestSecrets;

/**
 * The running application's HTTP API as an operator uses it: an OPERATIONS operator (created once with the
 * admin's password) for mining calls, the admin for the simulator's fault plans.
 */
public final class MiningApi {

    public static final String OPERATOR = "mining-ops-test";
    public static final String OPERATOR_PASSWORD = "mining-ops-password-3e8b1";
    /** A second OPERATIONS operator: the checker of runs older than the operator window. */
    public static final String CHECKER = "mining-ops-checker-test";

    private final ApiClient operator;
    private final ApiClient checker;
    private final ApiClient admin;

    public MiningApi(int port) {
        TestSecrets.register(OPERATOR_PASSWORD);
        admin = ApiClient.admin(port).header("Accept", "application/json");
        ApiClient.Response created = admin.post(
                "/api/v1/operators",
                "{\"username\":\"" + OPERATOR + "\",\"password\":\"" + OPERATOR_PASSWORD
                        + "\",\"roles\":[\"OPERATIONS\"]}");
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("could not create the test operator: " + created);
        }
        operator = ApiClient.as(port, OPERATOR, OPERATOR_PASSWORD).header("Accept", "application/json");
        ApiClient.Response checkerCreated = admin.post(
                "/api/v1/operators",
                "{\"username\":\"" + CHECKER + "\",\"password\":\"" + OPERATOR_PASSWORD
                        + "\",\"roles\":[\"OPERATIONS\"]}");
        if (checkerCreated.status() != 201 && checkerCreated.status() != 409) {
            throw new IllegalStateException("could not create the test checker: " + checkerCreated);
        }
        checker = ApiClient.as(port, CHECKER, OPERATOR_PASSWORD).header("Accept", "application/json");
    }

    /**
     * Runs the date's mining run as operators do: started by the operator and, for a date older than the operator
     * window (every {@code TestDates} date), approved by the checker. The run as {@code GET .../etl-runs/{date}}
     * answers it, or the refusal.
     */
    public ApiClient.Response runEtl(java.time.LocalDate date) {
        ApiClient.Response asked = post("/api/v1/mining/etl-runs", "{\"date\":\"" + date + "\"}");
        if (asked.status() != 202) {
            return asked;
        }
        ApiClient.Response approved = approveAsChecker(asked.json().path("id").asLong());
        if (!"executed".equals(approved.json().path("status").asString())) {
            return approved;
        }
        return get("/api/v1/mining/etl-runs/" + date);
    }

    /** A JSON POST as the operator; a null body sends none. */
    public ApiClient.Response post(String path, String body) {
        return body == null ? operator.post(path) : operator.post(path, body);
    }

    /** The second operator approves a four-eyes request the operator filed. */
    public ApiClient.Response approveAsChecker(long requestId) {
        return checker.post("/api/v1/approval-requests/" + requestId + "/approvals", "{}");
    }

    public ApiClient.Response get(String path) {
        return operator.get(path);
    }

    public ApiClient.Response putAsAdmin(String path, String body) {
        return admin.put(path, body);
    }
}
