package com.aeghash.partner.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class PartnerConfigurationFailureAnalyzerTest {

    @Test
    void everyProblemIsListedOnItsOwnLine() {
        PartnerConfigurationException failure = new PartnerConfigurationException(List.of(
                "AEGMALL_SHOP_SECRET is missing",
                "AEGMALL_SHOP_ALLOWED_IPS is malformed (entry 1: not an IPv4 or IPv6 address)"));

        FailureAnalysis analysis = new PartnerConfigurationFailureAnalyzer()
                .analyze(new IllegalStateException("bean creation failed", failure), failure);

        assertThat(analysis.getDescription())
                .isEqualTo("The AEGMALL partner configuration is unusable:\n"
                        + "  - AEGMALL_SHOP_SECRET is missing\n"
                        + "  - AEGMALL_SHOP_ALLOWED_IPS is malformed (entry 1: not an IPv4 or IPv6 address)\n");
        assertThat(analysis.getAction()).contains("AEGMALL_<PARTNER>_*");
    }
}
