package com.aeghash.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Secret;
import com.aeghash.common.UnitOfWork;
import com.aeghash.config.ManagedSecret;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestSecrets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;

/** The start-up key report: fingerprints and rotation dates only, and an alert for an overdue key. */
@IntegrationTest
@EnableScenarios
class KeyRotationReportIT {

    @Autowired
    KeyRotationReport report;

    @Autowired
    AuditLog auditLog;

    @Autowired
    UnitOfWork unitOfWork;

    @Test
    void startupAuditsTheConfiguredKeysByFingerprint() {
        assertThat(auditLog.recent("secret.loaded", 50)).anySatisfy(entry -> {
            assertThat(entry.target()).isEqualTo("MBLOCK_API_KEY");
            assertThat(entry.details().get("fingerprint")).startsWith("sha256:");
            assertThat(entry.details().toString()).doesNotContain("test-mblock-key");
        });
    }

    @Test
    void theTreasuryWalletKeyIsReportedByFingerprintOnly() {
        assertThat(auditLog.recent("secret.loaded", 50)).anySatisfy(entry -> {
            assertThat(entry.target()).isEqualTo("MBLOCK_TREASURY_WALLET_KEY");
            assertThat(entry.details().get("fingerprint"))
                    .isEqualTo(Secret.fingerprintOf(TestSecrets.TREASURY_WALLET_KEY));
            assertThat(entry.details().toString()).doesNotContain(TestSecrets.TREASURY_WALLET_KEY);
        });
    }

    @Test
    void overdueKeyIsAuditedAndAlerted(org.springframework.modulith.test.Scenario scenario) {
        ManagedSecret overdue = new ManagedSecret(
                "AEGMALL_DEMO_SECRET",
                Secret.of("overdue-partner-secret"),
                LocalDate.now().minusDays(61),
                Duration.ofDays(60));

        scenario.stimulate(() -> unitOfWork.inTransaction(() -> report.report(overdue)))
                .andWaitForEventOfType(Object.class)
                .matching(event -> event.toString().contains("Key rotation overdue: AEGMALL_DEMO_SECRET"))
                .toArriveAndVerify(event -> assertThat(event.toString()).doesNotContain("overdue-partner-secret"));
        assertThat(auditLog.recent("secret.loaded", 50))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("AEGMALL_DEMO_SECRET"));
    }
}
