package com.aeghash.partner.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.config.ManagedSecret;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerSecretsReportTest {

    @Test
    void everyPartnerSecretIsReportedWithTheSixtyDayRotation() {
        Map<String, String> variables = Map.of(
                "AEGMALL_SHOP_KEY", "shop-key-0001",
                "AEGMALL_SHOP_SECRET", "current-secret-0123456789abcdef-0123",
                "AEGMALL_SHOP_SECRET_PREVIOUS", "previous-secret-0123456789abcdef-012",
                "AEGMALL_SHOP_ROTATED_AT", "2026-09-01");
        PartnerEnvironmentReader.Result result =
                PartnerEnvironmentReader.read(variables.keySet(), variables::get, false);

        List<ManagedSecret> secrets = new PartnerSecretsReport(new PartnerRegistry(result.partners())).managedSecrets();

        assertThat(secrets)
                .extracting(ManagedSecret::name)
                .containsExactly("AEGMALL_SHOP_SECRET", "AEGMALL_SHOP_SECRET_PREVIOUS");
        assertThat(secrets)
                .allSatisfy(secret -> assertThat(secret.rotationPeriod()).isEqualTo(Duration.ofDays(60)));
        assertThat(secrets.get(0).rotatedAt()).isEqualTo(LocalDate.parse("2026-09-01"));
        assertThat(secrets.get(0).value().matches("current-secret-0123456789abcdef-0123"))
                .isTrue();
    }
}
