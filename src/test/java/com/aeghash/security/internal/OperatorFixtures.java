package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.util.Locale;

/** Operators of the sign-in and session tests: created by the administrator over the API, signed in by a browser. */
final class OperatorFixtures {

    private OperatorFixtures() {}

    /** A new operator with one role; its password is {@link #passwordOf}. */
    static String operator(int port, String role) {
        String username = TestIds.unique("signin").toLowerCase(Locale.ROOT);
        ApiClient.Response created = create(ApiClient.admin(port), username, role);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return username;
    }

    static ApiClient.Response create(ApiClient admin, String username, String role) {
        TestSecrets.register(passwordOf(username));
        return admin.post("/api/v1/operators", operatorJson(username, role));
    }

    static String operatorJson(String username, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + passwordOf(username) + "\",\"roles\":[\"" + role
                + "\"]}";
    }

    /** Unique per operator and, as the password rules demand, not containing the user name. */
    static String passwordOf(String username) {
        return "pass-" + new StringBuilder(username).reverse();
    }

    /** A browser signed in as the operator through the console's form, landing on the console. */
    static BrowserSession signedIn(int port, String username) {
        BrowserSession browser = new BrowserSession(port);
        assertThat(browser.signIn(username, passwordOf(username)).headers().firstValue("Location"))
                .hasValueSatisfying(landing -> assertThat(landing).endsWith("/console"));
        return browser;
    }
}
