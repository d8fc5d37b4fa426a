package com.aeghash.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestSecrets;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The security headers of a console page, the sign-in page and an API answer (the sandbox, plain http). */
@IntegrationTest
class ResponseHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void aConsolePageForbidsInlineScriptsFramingAndReferrers() {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("admin", TestSecrets.ADMIN_PASSWORD);

        HttpResponse<String> page = browser.get("/console");

        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers().map());
    }

    @Test
    void theSignInPageHasTheSameHeaders() {
        assertSecurityHeaders(new BrowserSession(port).get("/login").headers().map());
    }

    @Test
    void anApiAnswerHasTheSameHeadersAndIsNeverCached() {
        ApiClient.Response answer = ApiClient.admin(port).get("/api/v1/operators");

        assertThat(answer.status()).isEqualTo(200);
        assertSecurityHeaders(answer.headers());
        assertThat(answer.header("Cache-Control")).contains("no-store");
    }

    @Test
    void plainHttpGetsNoHstsUnlessConfiguredForATlsProxy() {
        assertThat(ApiClient.admin(port).get("/api/v1/operators").header("Strict-Transport-Security"))
                .isNull();
    }

    static void assertSecurityHeaders(Map<String, List<String>> headers) {
        ApiClient.Response response = new ApiClient.Response(200, "", headers);
        String policy = response.header("Content-Security-Policy");
        assertThat(policy)
                .isEqualTo(ResponseHeaders.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(response.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Cross-Origin-Resource-Policy")).isEqualTo("same-origin");
    }
}
