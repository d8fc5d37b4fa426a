package com.aeghash.security.internal.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The metrics are MONITORING's (and ADMIN's); MONITORING reads nothing else. */
@IntegrationTest
class MonitoringAccessIT {

    @LocalServerPort
    int port;

    @Test
    void aMonitoringTokenReadsTheMetricsAndHealthDetailsAndNothingElse() {
        ApiClient monitoring = ApiClient.bearer(port, ServiceTokenFixtures.token(port, "MONITORING"));

        assertThat(monitoring.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(monitoring.get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(monitoring.get("/actuator/metrics/jvm.memory.used").status()).isEqualTo(200);
        assertThat(monitoring
                        .get("/actuator/health")
                        .json()
                        .path("components")
                        .path("db")
                        .has("details"))
                .isTrue();
        assertThat(monitoring
                        .get("/api/v1/members/" + TestIds.member() + "/balances")
                        .status())
                .isEqualTo(403);
        assertThat(monitoring.get("/api/v1/audit").status()).isEqualTo(403);
        assertThat(monitoring.get("/api/v1/withdrawals").status()).isEqualTo(403);
    }

    @Test
    void operatorsOtherThanAdministratorsNoLongerScrapeMetrics() {
        assertThat(ApiClient.newOperator(port, "OPERATIONS")
                        .get("/actuator/prometheus")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.newOperator(port, "FINANCE")
                        .get("/actuator/metrics")
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.admin(port).get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/actuator/prometheus").status())
                .isEqualTo(401);
    }

    @Test
    void anOperatorWhoseOnlyRoleIsMonitoringReadsOnlyTheMetrics() {
        ApiClient monitoring = ApiClient.newOperator(port, "MONITORING");

        assertThat(monitoring.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(monitoring
                        .get("/api/v1/members/" + TestIds.member() + "/balances")
                        .status())
                .isEqualTo(403);
        assertThat(monitoring.get("/api/v1/members/" + TestIds.member()).status())
                .isEqualTo(403);
    }
}
