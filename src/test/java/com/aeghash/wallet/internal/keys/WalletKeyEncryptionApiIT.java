package com.aeghash.wallet.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.config.SecretEncryptor;
import com.aeghash.testsupport.ApiClient;
import com.aeghash.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators see where a rotation of the encryption key stands and can complete it now. */
@IntegrationTest
class WalletKeyEncryptionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    SecretEncryptor encryptor;

    @Test
    void administratorsSeeTheCurrentKeyAndReencryptOnDemand() {
        ApiClient.Response status = ApiClient.admin(port).get("/api/v1/ops/wallet-keys/encryption");
        ApiClient.Response run = ApiClient.admin(port).post("/api/v1/ops/wallet-keys/re-encryptions", "");

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("currentKeyId").asString()).isEqualTo(encryptor.currentKeyId());
        assertThat(status.json().path("previousKeyConfigured").asBoolean()).isFalse();
        assertThat(status.json().path("walletKeysUnderOtherKeys").asLong()).isZero();
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.json().path("reencrypted").asInt()).isZero();
        assertThat(run.json().path("remaining").asLong()).isZero();
        assertThat(ApiClient.anonymous(port)
                        .get("/api/v1/ops/wallet-keys/encryption")
                        .status())
                .isEqualTo(401);
    }
}
