package com.aeghash.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.Concurrently;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The four-eyes API through the running application, on H2 and on PostgreSQL (row locks and the unique open
 * subject are the database's): a large manual adjustment is the request under test, since it only writes the
 * database and shows at once whether it was posted once.
 */
@OnEachDatabase
class ApprovalRequestsIT extends RunningApplicationTest {

    private static final String REQUESTS = "/api/v1/approval-requests";

    @Autowired
    Ledger ledger;

    ApprovalRequestsIT(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @Test
    void twoCheckersApprovingAtOnceExecuteTheActionOnce() throws Exception {
        String member = OrganizationFixtures.registered(context, TestIds.member());
        long id = askForLargeCredit(ApiClient.newOperator(port, "FINANCE"), member);
        List<ApiClient> checkers = List.of(
                ApiClient.newOperator(port, "FINANCE"),
                ApiClient.newOperator(port, "FINANCE"),
                ApiClient.newOperator(port, "FINANCE"),
                ApiClient.newOperator(port, "FINANCE"));

        List<ApiClient.Response> answers = Concurrently.run(
                checkers.size(), index -> checkers.get(index).post(REQUESTS + "/" + id + "/approvals"));

        assertThat(answers)
                .filteredOn(answer -> answer.status() == 200)
                .singleElement()
                .satisfies(answer ->
                        assertThat(answer.json().path("status").asString()).isEqualTo("executed"));
        assertThat(answers)
                .filteredOn(answer -> answer.status() != 200)
                .hasSize(checkers.size() - 1)
                .allSatisfy(answer -> {
                    assertThat(answer.status()).isEqualTo(409);
                    assertThat(answer.json().path("code").asString()).isEqualTo("approval_request_decided");
                });
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isEqualByComparingTo("20000");
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Test
    void checkersReadTheRequestWithItsPayloadAndTheMakerMayCancelIt() {
        ApiClient maker = ApiClient.newOperator(port, "FINANCE");
        String member = OrganizationFixtures.registered(context, TestIds.member());
        long id = askForLargeCredit(maker, member);
        ApiClient checker = ApiClient.newOperator(port, "FINANCE");

        ApiClient.Response awaiting = checker.get(REQUESTS + "?status=awaiting_approval&limit=100");
        ApiClient.Response one = checker.get(REQUESTS + "/" + id);
        ApiClient.Response byAdmin = ApiClient.admin(port).post(REQUESTS + "/" + id + "/approvals");
        ApiClient.Response byOperations =
                ApiClient.newOperator(port, "OPERATIONS").post(REQUESTS + "/" + id + "/approvals");
        ApiClient.Response cancelledByOther = checker.post(REQUESTS + "/" + id + "/cancellation");
        ApiClient.Response cancelled =
                maker.post(REQUESTS + "/" + id + "/cancellation", "{\"reason\":\"wrong member\"}");
        ApiClient.Response afterwards = checker.post(REQUESTS + "/" + id + "/approvals");

        assertThat(awaiting.json().path("items").values().stream()
                        .map(request -> request.path("id").asLong()))
                .contains(id);
        assertThat(one.json().path("payload").path("memberId").asString()).isEqualTo(member);
        assertThat(one.json().path("payload").path("amount").asString()).isEqualTo("20000");
        assertThat(byAdmin.status()).isEqualTo(403);
        assertThat(byOperations.status()).isEqualTo(403);
        assertThat(byOperations.json().path("code").asString()).isEqualTo("checker_role_required");
        assertThat(cancelledByOther.json().path("code").asString()).isEqualTo("not_the_maker");
        assertThat(cancelled.json().path("status").asString())
                .as(cancelled.body())
                .isEqualTo("cancelled");
        assertThat(afterwards.json().path("code").asString()).isEqualTo("approval_request_decided");
        assertThat(afterwards.json().path("status").asInt()).isEqualTo(409);
        assertThat(afterwards.json().path("state").asString()).isEqualTo("cancelled");
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isZero();
    }

    @Test
    void badInputIsAClear400AndAnUnknownRequestA404() {
        ApiClient checker = ApiClient.newOperator(port, "FINANCE");
        long id = askForLargeCredit(
                ApiClient.newOperator(port, "FINANCE"), OrganizationFixtures.registered(context, TestIds.member()));

        ApiClient.Response unknownStatus = checker.get(REQUESTS + "?status=pending");
        ApiClient.Response noReason = checker.post(REQUESTS + "/" + id + "/rejections", "{}");
        ApiClient.Response missing = checker.post(REQUESTS + "/987654321/approvals");
        ApiClient.Response rejected = checker.post(REQUESTS + "/" + id + "/rejections", "{\"reason\":\"no ticket\"}");

        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.json().path("field").asString()).isEqualTo("status");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asString()).isEqualTo("reason");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(rejected.json().path("status").asString()).isEqualTo("rejected");
    }

    @Test
    void theListIsPagedNewestFirstByItsCursor() {
        ApiClient checker = ApiClient.newOperator(port, "FINANCE");
        ApiClient maker = ApiClient.newOperator(port, "FINANCE");
        long older = askForLargeCredit(maker, OrganizationFixtures.registered(context, TestIds.member()));
        long newer = askForLargeCredit(maker, OrganizationFixtures.registered(context, TestIds.member()));

        ApiClient.Response first = checker.get(REQUESTS + "?status=awaiting_approval&limit=1");
        ApiClient.Response second = checker.get(REQUESTS + "?status=awaiting_approval&limit=1&cursor="
                + first.json().path("next").asString());
        ApiClient.Response otherList = checker.get(REQUESTS + "?cursor=ZXRsLXJ1bjo1"); // an etl-run cursor

        assertThat(first.json().path("items").get(0).path("id").asLong()).isEqualTo(newer);
        assertThat(second.json().path("items").get(0).path("id").asLong()).isEqualTo(older);
        assertThat(checker.get(REQUESTS + "?limit=101").status()).isEqualTo(400);
        assertThat(otherList.status()).isEqualTo(400);
        assertThat(otherList.json().path("field").asString()).isEqualTo("cursor");
    }

    /** A credit at the default approval threshold of POINT (10000): 202 with the request. */
    private static long askForLargeCredit(ApiClient maker, String member) {
        ApiClient.Response asked = maker.header("Idempotency-Key", TestIds.unique("large"))
                .post(
                        "/api/v1/ledger/adjustments",
                        "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"20000\","
                                + "\"reason\":\"migration of a legacy balance\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        return asked.json().path("id").asLong();
    }
}
