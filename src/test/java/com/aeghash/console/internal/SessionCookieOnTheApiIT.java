package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's session cookie on the JSON API. A browser attaches the cookie to any request a page sends, also a
 * page of another site; so the API accepts the cookie only with the CSRF token of a console page (what the
 * console's own scripts send), and credentials in the {@code Authorization} header without one, never mixing the
 * two: a request that carries the header is judged by the header alone.
 */
@IntegrationTest
class SessionCookieOnTheApiIT extends ConsoleOrganizationTestBase {

    ConsoleFixtures fixtures;
    String finance;
    long withdrawal;
    String approval;

    @BeforeEach
    void arrange() {
        fixtures = new ConsoleFixtures(port, ledger);
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "500");
        withdrawal = fixtures.requestWithdrawal(fixtures.operator("MEMBER_APP"), member, "40");
        finance = fixtures.operator("FINANCE");
        approval = "/api/v1/withdrawals/" + withdrawal + "/approvals";
    }

    @Test
    void anApprovalCarryingOnlyTheSessionCookieIsRefusedAndChangesNothing() {
        BrowserSession browser = fixtures.signedIn(finance);

        HttpResponse<String> forged = browser.postJson(approval, "{\"note\":\"from another page\"}", Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(forged.body()).contains("\"code\":\"csrf_token_invalid\"");
        assertThat(statusOfTheWithdrawal()).isEqualTo("pending");
    }

    @Test
    void anApprovalWithTheCookieAndTheTokenOfAConsolePageGoesThrough() {
        BrowserSession browser = fixtures.signedIn(finance);
        String token = browser.pageToken("/console");

        HttpResponse<String> approved =
                browser.postJson(approval, "{\"note\":\"checked\"}", Map.of(BrowserSession.CSRF_HEADER, token));
        HttpResponse<String> wrongToken =
                browser.postJson(approval, "{}", Map.of(BrowserSession.CSRF_HEADER, token + "x"));

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"approved_pending\"");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.body()).contains("\"code\":\"csrf_token_invalid\"");
    }

    @Test
    void aCallWithoutCookieOrCredentialsIsAskedToAuthenticateNotForAToken() {
        ApiClient.Response anonymous = ApiClient.anonymous(port).post(approval, "{}");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.text("code")).isEqualTo("unauthorized");
        assertThat(statusOfTheWithdrawal()).isEqualTo("pending");
    }

    @Test
    void basicCredentialsNeedNoToken() {
        ApiClient.Response approved = ApiClient.as(port, finance, ConsoleFixtures.passwordOf(finance))
                .post(approval, "{\"note\":\"service client\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("approved_pending");
    }

    @Test
    void aRequestWithAnAuthorizationHeaderIsJudgedByTheHeaderAloneNeverByTheSession() {
        BrowserSession browser = fixtures.signedIn(finance);
        String token = browser.pageToken("/console");

        HttpResponse<String> bearer = browser.postJson(
                approval, "{}", Map.of("Authorization", "Bearer not-a-token", BrowserSession.CSRF_HEADER, token));
        HttpResponse<String> wrongPassword = browser.postJson(
                approval,
                "{}",
                Map.of("Authorization", ApiClient.basic(finance, "wrong-password"), BrowserSession.CSRF_HEADER, token));

        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(statusOfTheWithdrawal()).isEqualTo("pending");
    }

    @Test
    void credentialsABrowserSendsFromAnotherSiteAreRefused() {
        // a browser that once answered the Basic prompt adds the credentials to every request to this server
        ApiClient client = ApiClient.as(port, finance, ConsoleFixtures.passwordOf(finance));

        ApiClient.Response crossSite =
                client.header("Sec-Fetch-Site", "cross-site").post(approval, "{}");
        ApiClient.Response sameSite =
                client.header("Sec-Fetch-Site", "same-site").post(approval, "{}");

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.text("code")).isEqualTo("cross_site_request");
        assertThat(sameSite.status()).isEqualTo(403);
        assertThat(statusOfTheWithdrawal()).isEqualTo("pending");
        ApiClient.Response sameOrigin = ApiClient.as(port, finance, ConsoleFixtures.passwordOf(finance))
                .header("Sec-Fetch-Site", "same-origin")
                .post(approval, "{}");
        assertThat(sameOrigin.status()).as(sameOrigin.body()).isEqualTo(200);
    }

    @Test
    void theConsolesOwnFormsStillWork() {
        BrowserSession browser = fixtures.signedIn(finance);
        String page = "/console/withdrawals/" + withdrawal;

        HttpResponse<String> approved =
                browser.submit(page, page + "/approval", Map.of("note", "from the console", "confirmed", "true"));

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(statusOfTheWithdrawal()).isEqualTo("approved_pending");
    }

    private String statusOfTheWithdrawal() {
        return ApiClient.admin(port).get("/api/v1/withdrawals/" + withdrawal).text("status");
    }
}
