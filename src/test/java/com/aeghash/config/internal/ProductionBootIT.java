package com.aeghash.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.AeghashApplication;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Starting the real application with the prod profile and an unsafe environment fails, naming every problem. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionBootIT {

    @Test
    void prodWithoutItsVariablesRefusesToStartAndNamesEachOne(CapturedOutput output) {
        Map<String, Object> values = new HashMap<>();
        values.put("MBLOCK_API_KEY", "a-secret-value-that-must-not-print");

        assertThatThrownBy(() -> start(values))
                .isInstanceOf(ProductionConfigurationException.class)
                .hasMessageContaining("DATABASE_URL is missing")
                .hasMessageContaining("HASHDAM_API_KEY is missing")
                .hasMessageContaining("ALERT_WEBHOOK_URL is missing")
                .hasMessageContaining("AEGHASH_ENCRYPTION_KEY is missing")
                .hasMessageContaining("MBLOCK_API_BASE_URL is missing");
        assertThat(output.getAll())
                .contains("The prod profile refuses to start")
                .doesNotContain("a-secret-value-that-must-not-print");
    }

    private static void start(Map<String, Object> values) {
        var environment = ProductionReadinessCheckTest.environment(values);
        environment.setActiveProfiles("prod");
        new SpringApplicationBuilder(AeghashApplication.class)
                .environment(environment)
                .properties("server.port=0")
                .run();
    }
}
