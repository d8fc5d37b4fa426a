package com.aeghash.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulators and their tools ({@code /sandbox/**}) answer local callers only. Every call of the suite comes from
 * 127.0.0.1; a call relayed by a proxy on this machine carries the remote caller in a forwarding header, which is
 * what these tests send.
 */
@IntegrationTest
class SandboxLocalCallersIT {

    private static final String MBLOCK_CALL = "{\"method\":\"requestWallet\"}";

    @LocalServerPort
    private int port;

    @Test
    void aLocalCallerReachesTheSimulatorsAndTheirTools() {
        assertThat(ApiClient.anonymous(port)
                        .post("/sandbox/mblock/bsc", MBLOCK_CALL)
                        .status())
                .isEqualTo(200);
        assertThat(ApiClient.admin(port).get("/sandbox/faults").status()).isEqualTo(200);
    }

    @Test
    void aCallRelayedForARemoteCallerIsRefusedBeforeAnySimulatorRuns() {
        ApiClient relayed = ApiClient.anonymous(port).header("X-Forwarded-For", "203.0.113.9");

        ApiClient.Response response = relayed.post("/sandbox/mblock/bsc", MBLOCK_CALL);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text("code")).isEqualTo("sandbox_local_callers_only");
    }

    @Test
    void theFaultToolsRefuseARemoteAdministratorToo() {
        ApiClient relayedAdmin = ApiClient.admin(port).header("Forwarded", "for=198.51.100.4;proto=https");

        assertThat(relayedAdmin.get("/sandbox/faults").status()).isEqualTo(403);
        assertThat(relayedAdmin.delete("/sandbox/faults").status()).isEqualTo(403);
        assertThat(ApiClient.admin(port)
                        .header("X-Real-IP", "198.51.100.4")
                        .post("/sandbox/hashdam/v1", "{\"method\":\"projectInfo\"}")
                        .status())
                .isEqualTo(403);
    }
}
