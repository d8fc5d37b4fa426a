package com.aeghash.config.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.UnitOfWork;
import com.aeghash.config.ManagedSecret;
import com.aeghash.config.ManagedSecrets;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, logs and audits every managed credential by fingerprint and rotation date (never its value)
 * and raises a warning alert for each key older than its rotation period (MBlock 90 days, AEGMALL partners
 * 60 days).
 */
@Component
class KeyRotationReport {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationReport.class);

    private final List<ManagedSecrets> sources;
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    KeyRotationReport(
            List<ManagedSecrets> sources, AuditLog auditLog, Notifier notifier, UnitOfWork unitOfWork, Clock clock) {
        this.sources = sources;
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAtStartup() {
        unitOfWork.inTransaction(() -> sources.stream()
                .flatMap(source -> source.managedSecrets().stream())
                .forEach(this::report));
    }

    void report(ManagedSecret secret) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("fingerprint", secret.value().fingerprint());
        details.put(
                "rotatedAt",
                secret.rotatedAt() == null ? "unknown" : secret.rotatedAt().toString());
        details.put("rotationPeriodDays", Long.toString(secret.rotationPeriod().toDays()));
        log.info(
                "key {} id {} last rotated {} (rotation every {} days)",
                secret.name(),
                details.get("fingerprint"),
                details.get("rotatedAt"),
                details.get("rotationPeriodDays"));
        auditLog.record("system", "secret.loaded", secret.name(), details);
        if (secret.rotatedAt() == null) {
            return;
        }
        long ageDays = ChronoUnit.DAYS.between(secret.rotatedAt(), today);
        if (ageDays > secret.rotationPeriod().toDays()) {
            details.put("ageDays", Long.toString(ageDays));
            notifier.alert(Alert.warning(
                    "config",
                    "Key rotation overdue: " + secret.name(),
                    secret.name() + " was last rotated " + ageDays + " days ago (period "
                            + secret.rotationPeriod().toDays() + " days)",
                    details));
        }
    }
}
