package com.aeghash.mining.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An OPERATIONS operator who is the member (linked to the member id, or named like it in any case) never sets the
 * member's hash power (no operator starts a mining withdrawal: those are the payout step of an approved withdrawal).
 */
@IntegrationTest
class MiningOfOwnMemberIT {

    private static final String PASSWORD = "mining-own-member-pass-1";

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Test
    void theMembersOwnOperatorCannotSetItsHashPower() {
        String member = TestIds.member();
        ApiClient linked = operations(Map.of("memberId", member));

        ApiClient.Response hashPower = linked.postJson(
                "/api/v1/members/" + member + "/mining/hash-power/adjustments",
                Map.of("delta", "500", "reason", "test", "reference", member));

        assertThat(hashPower.status()).as(hashPower.body()).isEqualTo(409);
        assertThat(hashPower.json().path("code").asString()).isEqualTo("operator_is_member");
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isZero();
    }

    @Test
    void anOperatorNamedLikeTheMemberInAnotherCaseCannotSetItsHashPower() {
        String username = TestIds.unique("ops").toLowerCase(Locale.ROOT);
        ApiClient namesake = operations(Map.of("username", username));
        String member = username.toUpperCase(Locale.ROOT);

        ApiClient.Response hashPower = namesake.postJson(
                "/api/v1/members/" + member + "/mining/hash-power/adjustments",
                Map.of("delta", "500", "reason", "test", "reference", username));

        assertThat(hashPower.status()).as(hashPower.body()).isEqualTo(409);
        assertThat(ledger.balancesOf(member).of(Asset.HASHPOWER).available()).isZero();
    }

    private ApiClient operations(Map<String, String> fields) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "username", TestIds.unique("ops").toLowerCase(Locale.ROOT),
                "password", PASSWORD,
                "roles", List.of("OPERATIONS")));
        body.putAll(fields);
        ApiClient.Response created = ApiClient.admin(port).postJson("/api/v1/operators", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return ApiClient.as(port, (String) body.get("username"), PASSWORD);
    }
}
