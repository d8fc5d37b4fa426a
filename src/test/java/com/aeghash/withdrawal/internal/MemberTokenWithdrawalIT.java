package com.aeghash.withdrawal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.MemberJwts;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import org.junit.jupiter.api.Test;

/** With a member JWT the member app requests, reads and cancels that member's withdrawals, and no other's. */
@WithdrawalIntegrationTest
class MemberTokenWithdrawalIT extends WithdrawalApiTestBase {

    @Test
    void aMemberTokenRequestsReadsAndCancelsItsOwnWithdrawal() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        ApiClient app = ApiClient.bearer(port, MemberJwts.forMember(member));

        ApiClient.Response requested = app.header("Idempotency-Key", TestIds.unique("key"))
                .post("/api/v1/withdrawals", "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"10\"}");
        long id = requested.json().path("id").asLong();
        ApiClient.Response read = app.get("/api/v1/withdrawals/" + id);
        ApiClient.Response cancelled = app.post("/api/v1/withdrawals/" + id + "/cancellation", "{}");

        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        assertThat(requested.json().path("requestedBy").asString()).isEqualTo("member:" + member);
        assertThat(read.status()).isEqualTo(200);
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void aMemberTokenCannotRequestReadListOrCancelAnotherMembersWithdrawal() {
        String owner = TestIds.member();
        api.fund(owner, "POINT", "100");
        long id = api.requested(owner, "POINT", "10");
        ApiClient other = ApiClient.bearer(port, MemberJwts.forMember(TestIds.member()));

        ApiClient.Response request = other.header("Idempotency-Key", TestIds.unique("key"))
                .post("/api/v1/withdrawals", "{\"memberId\":\"" + owner + "\",\"asset\":\"POINT\",\"amount\":\"10\"}");

        assertThat(request.status()).as(request.body()).isEqualTo(403);
        assertThat(other.get("/api/v1/withdrawals/" + id).status()).isEqualTo(403);
        assertThat(other.get("/api/v1/withdrawals?memberId=" + owner).status()).isEqualTo(403);
        assertThat(other.post("/api/v1/withdrawals/" + id + "/cancellation", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.status(id)).isEqualTo("pending");
        assertThat(api.listedFor(owner)).isEqualTo(1);
    }

    @Test
    void aMemberTokenRegistersAndDeletesItsOwnAddressesOnlyAndADeletedAddressTakesNoWithdrawal() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        String address = "0x" + "cd".repeat(20);
        ApiClient app = ApiClient.bearer(port, MemberJwts.forMember(member));
        String addresses = "/api/v1/members/" + member + "/withdrawal-addresses";

        ApiClient.Response registered = app.post(addresses, "{\"asset\":\"POINT\",\"address\":\"" + address + "\"}");
        long id = registered.json().path("id").asLong();
        ApiClient.Response byAnother =
                ApiClient.bearer(port, MemberJwts.forMember(TestIds.member())).delete(addresses + "/" + id);
        ApiClient.Response deleted = app.delete(addresses + "/" + id);
        ApiClient.Response again = app.delete(addresses + "/" + id);
        ApiClient.Response request = app.header("Idempotency-Key", TestIds.unique("key"))
                .post(
                        "/api/v1/withdrawals",
                        "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"1\",\"destination\":\""
                                + address + "\"}");

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("registeredBy").asString()).isEqualTo("member:" + member);
        assertThat(byAnother.status()).isEqualTo(403);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(404);
        assertThat(app.get(addresses).json().size()).isZero();
        assertThat(request.status()).as(request.body()).isEqualTo(422);
        assertThat(request.json().path("reasons").get(0).asString()).contains("not a registered withdrawal address");
        assertThat(api.admin()
                        .get("/api/v1/audit?action=withdrawal-address.deleted")
                        .json()
                        .findValuesAsString("target"))
                .contains(member);
    }

    @Test
    void aMemberAppServiceTokenReadsButMovesNothingWithoutTheMembersToken() {
        String member = TestIds.member();
        api.fund(member, "POINT", "100");
        long id = api.requested(member, "POINT", "10");
        String token = ApiClient.admin(port)
                .post("/api/v1/service-tokens", "{\"name\":\"app\",\"roles\":[\"MEMBER_APP\"]}")
                .json()
                .path("token")
                .asString();
        TestSecrets.register(token);
        ApiClient app = ApiClient.bearer(port, token);

        assertThat(app.get("/api/v1/withdrawals/" + id).status()).isEqualTo(200);
        assertThat(app.post("/api/v1/withdrawals/" + id + "/cancellation", "{}").status())
                .isEqualTo(403);
        assertThat(app.header("Idempotency-Key", TestIds.unique("key"))
                        .post(
                                "/api/v1/withdrawals",
                                "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"1\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.status(id)).isEqualTo("pending");
    }
}
