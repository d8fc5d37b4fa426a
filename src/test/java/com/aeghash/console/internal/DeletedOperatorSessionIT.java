package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The finding of the security review: a deleted operator's open console session gave the final approval of a
 * withdrawal. Deleting the operator ends the session in the same transaction; whatever the old page sends afterwards,
 * with its CSRF token, is refused and changes nothing.
 */
@OnEachDatabase
class DeletedOperatorSessionIT extends RunningApplicationTest {

    @Autowired
    Ledger ledger;

    DeletedOperatorSessionIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @Test
    void aDeletedOperatorsOpenPageCannotGiveTheFinalApproval() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String member = OrganizationFixtures.registered(context, TestIds.member());
        fixtures.fund(member, Asset.POINT, "500");
        long withdrawal = fixtures.requestWithdrawal(fixtures.operator("MEMBER_APP"), member, "40");
        String firstApprover = fixtures.operator("FINANCE");
        String deleted = fixtures.operator("FINANCE");
        String page = "/console/withdrawals/" + withdrawal;
        BrowserSession deletedsBrowser = fixtures.signedIn(deleted);
        String pageToken = deletedsBrowser.pageToken(page);
        ApiClient.Response first = ApiClient.as(port, firstApprover, ConsoleFixtures.passwordOf(firstApprover))
                .post("/api/v1/withdrawals/" + withdrawal + "/approvals", "{\"note\":\"first\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        assertThat(ApiClient.admin(port).delete("/api/v1/operators/" + deleted).status())
                .isEqualTo(204);
        HttpResponse<String> overTheApi = deletedsBrowser.postJson(
                "/api/v1/withdrawals/" + withdrawal + "/approvals",
                "{\"note\":\"final\"}",
                Map.of(BrowserSession.CSRF_HEADER, pageToken));
        HttpResponse<String> throughTheConsole =
                deletedsBrowser.postJson(page + "/approval", "{}", Map.of(BrowserSession.CSRF_HEADER, pageToken));

        assertThat(overTheApi.statusCode()).isIn(401, 403);
        assertThat(throughTheConsole.statusCode()).isIn(302, 401, 403);
        assertThat(deletedsBrowser.get(page).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        ApiClient.Response after = ApiClient.admin(port).get("/api/v1/withdrawals/" + withdrawal);
        assertThat(after.text("status")).isEqualTo("approved_pending");
        assertThat(after.body()).doesNotContain(deleted);
    }
}
