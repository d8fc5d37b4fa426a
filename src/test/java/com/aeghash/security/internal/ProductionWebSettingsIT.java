package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The web settings {@code prod} allows, on the sandbox: behind a TLS-terminating proxy (HSTS on every response)
 * with the API documents switched on for signed-in operators only, and the session cookie of {@code prod}.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "aeghash.web.api-docs-enabled=true",
            "aeghash.web.api-docs-public=false",
            "aeghash.web.hsts-on-every-response=true",
            "aeghash.web.hsts-max-age=180d",
            "server.servlet.session.cookie.secure=true",
            "server.servlet.session.cookie.same-site=strict"
        })
class ProductionWebSettingsIT {

    @LocalServerPort
    int port;

    @Test
    void theApiDocumentsNeedAnOperator() {
        ApiClient anonymous = ApiClient.anonymous(port);

        assertThat(anonymous.get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(anonymous.get("/swagger-ui.html").status()).isIn(302, 401);
        assertThat(ApiClient.newOperator(port, "FINANCE").get("/v3/api-docs").status())
                .isEqualTo(200);
    }

    @Test
    void everyResponseCarriesHstsEvenOverTheProxysPlainHttp() {
        String expected = "max-age=15552000 ; includeSubDomains";

        assertThat(ApiClient.anonymous(port).get("/actuator/health").header("Strict-Transport-Security"))
                .isEqualTo(expected);
        assertThat(ApiClient.admin(port).get("/api/v1/operators").header("Strict-Transport-Security"))
                .isEqualTo(expected);
    }

    @Test
    void theSessionCookieIsSecureHttpOnlyAndStaysOnThisSitesOwnPages() {
        String cookie = ApiClient.anonymous(port).get("/login").header("Set-Cookie");

        assertThat(cookie).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Strict");
    }
}
