package com.aeghash.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/**
 * Tests of operator changes as production runs them: without the sandbox's single-administrator switch, so that a
 * second administrator confirms every new operator and grant. A test class takes these properties with
 * {@code @TestPropertySource(properties = {FourEyesOnOperators.NO_SANDBOX_SWITCH, FourEyesOnOperators.BREAK_GLASS})}
 * (one cached context for all of them) and gets its second administrator from {@link #secondAdministrator}.
 */
public final class FourEyesOnOperators {

    public static final String NO_SANDBOX_SWITCH = "aeghash.security.single-admin-operator-changes=false";

    /** How the second administrator is made while the test server has one only. */
    public static final String BREAK_GLASS = "aeghash.security.break-glass=true";

    public static final String SECOND_ADMIN = "admin-two";
    public static final String SECOND_ADMIN_PASSWORD = "second-admin-pass-1";

    private FourEyesOnOperators() {}

    /** The second administrator, made by the first one alone through break-glass while it was the only one. */
    public static synchronized ApiClient secondAdministrator(int port) {
        ApiClient admin = ApiClient.admin(port);
        ApiClient second = ApiClient.as(port, SECOND_ADMIN, SECOND_ADMIN_PASSWORD);
        if (second.get("/api/v1/operators").status() == 200) {
            return second;
        }
        ApiClient.Response asked = admin.postJson(
                "/api/v1/operators",
                Map.of("username", SECOND_ADMIN, "password", SECOND_ADMIN_PASSWORD, "roles", List.of("ADMIN")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        ApiClient.Response confirmed =
                admin.post(changePath(asked.json().path("id").asLong(), "confirm"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("breakGlass").asBoolean()).isTrue();
        assertThat(second.get("/api/v1/operators").status()).isEqualTo(200);
        return second;
    }

    /** The API path of a decision ({@code confirm} or {@code reject}) on a change. */
    public static String changePath(long id, String decision) {
        return "/api/v1/operator-changes/" + id + "/" + decision;
    }
}
