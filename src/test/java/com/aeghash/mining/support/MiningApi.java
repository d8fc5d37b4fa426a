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

    private final ApiClient operator;
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
    }

    /** A JSON POST as the operator; a null body sends none. */
    public ApiClient.Response post(String path, String body) {
        return body == null ? operator.post(path) : operator.post(path, body);
    }

    public ApiClient.Response get(String path) {
        return operator.get(path);
    }

    public ApiClient.Response putAsAdmin(String path, String body) {
        return admin.put(path, body);
    }
}
