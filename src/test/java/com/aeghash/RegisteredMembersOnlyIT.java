package com.aeghash;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * One rule for every module (common.RegisteredMembers): money moves, and member state is created, only for a
 * registered member; any other id is a 422 {@code unknown_member} that writes nothing.
 */
@IntegrationTest
class RegisteredMembersOnlyIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Ledger ledger;

    @Test
    void aManualAdjustmentForAnUnregisteredMemberIsRefusedWithoutUsingTheKey() {
        String member = TestIds.member();
        ApiClient finance = ApiClient.newOperator(port, "FINANCE").header("Idempotency-Key", TestIds.unique("adj"));
        String body = "{\"memberId\":\"" + member + "\",\"asset\":\"POINT\",\"amount\":\"5\",\"reason\":\"credit\"}";

        ApiClient.Response refused = finance.post("/api/v1/ledger/adjustments", body);

        assertUnknownMember(refused, "memberId");
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isZero();

        OrganizationFixtures.registered(context, member);
        ApiClient.Response credited = finance.post("/api/v1/ledger/adjustments", body);

        assertThat(credited.status()).as(credited.body()).isEqualTo(201);
        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isEqualByComparingTo("5");
    }

    @Test
    void hashPowerWalletsAndWithdrawalAddressesAreForRegisteredMembersOnly() {
        String member = TestIds.member();
        ApiClient operations = ApiClient.newOperator(port, "OPERATIONS");
        String members = "/api/v1/members/" + member;

        ApiClient.Response hashPower = operations.post(
                members + "/mining/hash-power/adjustments",
                "{\"delta\":\"10\",\"reason\":\"x\",\"reference\":\"" + member + "\"}");
        ApiClient.Response wallet = ApiClient.admin(port).post(members + "/wallet");
        ApiClient.Response address = ApiClient.newOperator(port, "MEMBER_APP")
                .post(members + "/withdrawal-addresses", "{\"asset\":\"LTC\",\"address\":\"ltc1qfuzz\"}");

        assertUnknownMember(hashPower, "memberId");
        assertUnknownMember(wallet, "memberId");
        assertUnknownMember(address, "memberId");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isZero();
        assertThat(ApiClient.admin(port).get(members + "/wallet").status()).isEqualTo(404);
    }

    private static void assertUnknownMember(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("code").asString()).isEqualTo("unknown_member");
        assertThat(response.json().path("field").asString()).isEqualTo(field);
    }
}
