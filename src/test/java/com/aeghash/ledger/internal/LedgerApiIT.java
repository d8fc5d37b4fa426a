package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.LedgerFixtures;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class LedgerApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Test
    void balancesListEveryAssetWithThreeBucketsAsStrings() {
        String member = TestIds.member();
        ledger.post(LedgerFixtures.credit("api-" + member, member, Asset.DOGE, "12.34500000"));

        ApiClient.Response response = ApiClient.admin(port).get("/api/v1/members/" + member + "/balances");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("balances").size())
                .isEqualTo(Asset.memberAssets().size());
        assertThat(response.json()
                        .path("balances")
                        .get(Asset.DOGE.ordinal())
                        .path("available")
                        .asString())
                .isEqualTo("12.345");
        assertThat(response.json()
                        .path("balances")
                        .get(0)
                        .path("withdrawalHold")
                        .isString())
                .isTrue();
    }

    @Test
    void invariantsAreExposedToOperatorsAndAsHealth() {
        ApiClient.Response invariants = ApiClient.admin(port).get("/api/v1/ops/ledger/invariants");
        ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");

        assertThat(invariants.status()).isEqualTo(200);
        assertThat(invariants.json().path("violations").size()).isZero();
        assertThat(health.json()
                        .path("components")
                        .path("ledger")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.json().path("components").path("ledger").has("details"))
                .as("details are for operators only")
                .isFalse();
        assertThat(ApiClient.admin(port)
                        .get("/actuator/health")
                        .json()
                        .path("components")
                        .path("ledger")
                        .path("details")
                        .has("checkedAt"))
                .isTrue();
    }
}
