package com.aeghash.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class RiskSettingsBinderTest {

    @Test
    void everyWithdrawableAssetHasDefaultsAndHashPowerHasNone() {
        RiskSettings settings = RiskSettingsBinder.bind(binder(Map.of(), Map.of()));

        for (Asset asset : Asset.memberAssets()) {
            if (asset == Asset.HASHPOWER) {
                assertThat(settings.limits()).doesNotContainKey(asset);
            } else {
                AssetRiskLimits limits = settings.limitsOf(asset);
                assertThat(limits.amountReview()).isLessThan(limits.amountBlock());
                assertThat(limits.velocityReview()).isLessThan(limits.velocityBlock());
            }
        }
        assertThat(settings.velocityWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.destinationCoolingPeriod()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.blockedNetworks()).isEmpty();
        assertThat(settings.salesCapPercent()).isEqualByComparingTo("300");
        assertThat(settings.salesCapEnabled()).isTrue();
    }

    @Test
    void theSalesCapIsSetByItsEnvironmentVariableAndZeroTurnsItOff() {
        RiskSettings off = RiskSettingsBinder.bind(binder(Map.of(), Map.of("AEGHASH_RISK_SALES_CAP_PERCENT", "0")));

        assertThat(off.salesCapEnabled()).isFalse();
        assertThatThrownBy(
                        () -> RiskSettingsBinder.bind(binder(Map.of("aeghash.risk.sales-cap.percent", "-5"), Map.of())))
                .hasMessageContaining("aeghash.risk.sales-cap.percent");
    }

    @Test
    void settingsBindFromPropertiesAndFromEnvironmentVariables() {
        RiskSettings settings = RiskSettingsBinder.bind(binder(
                Map.of(
                        "aeghash.risk.amount.doge.review",
                        "1000",
                        "aeghash.risk.velocity.window",
                        "12h",
                        "aeghash.risk.device.review-amount.ltc",
                        "2.5",
                        "aeghash.risk.ip.trusted",
                        "198.51.100.0/24"),
                Map.of(
                        "AEGHASH_RISK_AMOUNT_DOGE_BLOCK",
                        "7000",
                        "AEGHASH_RISK_IP_BLOCKED",
                        "10.0.0.0/8, 2001:db8::/32",
                        "AEGHASH_RISK_VELOCITY_POINT_LIMIT",
                        "2500",
                        "AEGHASH_RISK_DESTINATION_COOLING_PERIOD",
                        "48h")));

        assertThat(settings.limitsOf(Asset.DOGE).amountReview()).isEqualByComparingTo("1000");
        assertThat(settings.limitsOf(Asset.DOGE).amountBlock()).isEqualByComparingTo("7000");
        assertThat(settings.limitsOf(Asset.LTC).newDeviceReview()).isEqualByComparingTo("2.5");
        assertThat(settings.limitsOf(Asset.POINT).velocityReview()).isEqualByComparingTo(new BigDecimal("2500"));
        assertThat(settings.velocityWindow()).isEqualTo(Duration.ofHours(12));
        assertThat(settings.destinationCoolingPeriod()).isEqualTo(Duration.ofHours(48));
        assertThat(settings.blockedNetworks())
                .extracting(IpNetwork::toString)
                .containsExactly("10.0.0.0/8", "2001:db8:0:0:0:0:0:0/32");
        assertThat(settings.trustedNetworks()).hasSize(1);
    }

    @Test
    void invalidSettingsStopTheBootNamingTheProperty() {
        assertThatThrownBy(() -> RiskSettingsBinder.bind(
                        binder(Map.of("aeghash.risk.ip.blocked", "10.0.0.0/8,nonsense"), Map.of())))
                .hasMessageContaining("aeghash.risk.ip.blocked")
                .hasMessageContaining("nonsense");
        assertThatThrownBy(() ->
                        RiskSettingsBinder.bind(binder(Map.of("aeghash.risk.amount.point.review", "20000"), Map.of())))
                .hasMessageContaining("POINT")
                .hasMessageContaining("must not exceed the block limit");
        assertThatThrownBy(
                        () -> RiskSettingsBinder.bind(binder(Map.of("aeghash.risk.amount.doge.block", "-1"), Map.of())))
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() ->
                        RiskSettingsBinder.bind(binder(Map.of("aeghash.risk.amount.doge.block", "lots"), Map.of())))
                .hasMessageContaining("aeghash.risk.amount.doge.block");
        assertThatThrownBy(
                        () -> RiskSettingsBinder.bind(binder(Map.of("aeghash.risk.velocity.window", "0s"), Map.of())))
                .hasMessageContaining("velocity.window");
    }

    private static Binder binder(Map<String, Object> properties, Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("properties", properties));
        environment
                .getPropertySources()
                .addLast(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        return new Binder(ConfigurationPropertySources.get(environment));
    }
}
