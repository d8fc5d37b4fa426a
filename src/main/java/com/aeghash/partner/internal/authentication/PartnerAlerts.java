package com.aeghash.partner.internal.authentication;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.UnitOfWork;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import com.aeghash.partner.internal.settings.PartnerProperties;
import com.aeghash.partner.internal.settings.PartnerSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Alerts (and audits) rate-limit breaches, repeated signature failures of a partner, and bursts of calls whose key
 * names no partner. Counting is in fixed windows of {@code aeghash.partner.alert-window}, per partner, and for calls
 * naming no partner once for all addresses together (subject {@value #UNKNOWN_KEY_SUBJECT}): an attacker spreading
 * its calls over many addresses still raises one alert per window, not one per address. Each subject raises at most
 * one alert of a kind per window, so a flood of rejected calls is one alert (and one audit entry), not thousands.
 * Counters are per instance (in memory), like the rate limiters.
 */
@Component
class PartnerAlerts {

    private static final Logger log = LoggerFactory.getLogger(PartnerAlerts.class);
    /** Bound on tracked subjects; beyond it the counters restart (an address flood cannot exhaust memory). */
    static final int SUBJECTS_MAX = 10_000;

    static final String UNKNOWN_KEY_SUBJECT = "unknown-key";

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final AuditLog auditLog;
    private final Notifier notifier;
    private final UnitOfWork unitOfWork;
    private final PartnerProperties properties;
    private final Clock clock;

    PartnerAlerts(
            AuditLog auditLog, Notifier notifier, UnitOfWork unitOfWork, PartnerProperties properties, Clock clock) {
        this.auditLog = auditLog;
        this.notifier = notifier;
        this.unitOfWork = unitOfWork;
        this.properties = properties;
        this.clock = clock;
    }

    /** Called for every rejected call; {@code keyId} is what the caller presented (already made safe to log). */
    void onRejected(SignatureCheck check, PartnerSettings partner, String keyId, String clientAddress) {
        if (partner == null) {
            if (count(UNKNOWN_KEY_SUBJECT, properties.unknownKeyCallsAlert())) {
                raise(
                        "partner.unknown_key_calls",
                        "Burst of calls with unknown partner keys",
                        UNKNOWN_KEY_SUBJECT,
                        check,
                        keyId,
                        clientAddress);
            }
            return;
        }
        String subject = "partner:" + partner.id();
        if (check == SignatureCheck.RATE_LIMITED) {
            if (count("rate:" + subject, 1)) {
                raise("partner.rate_limited", "Partner rate limit exceeded", subject, check, keyId, clientAddress);
            }
        } else if (check.isSignatureFailure() && count("signature:" + subject, properties.signatureFailuresAlert())) {
            raise(
                    "partner.signature_failures",
                    "Repeated partner signature failures",
                    subject,
                    check,
                    keyId,
                    clientAddress);
        }
    }

    /** Counts one event; true exactly when it reaches the threshold for the first time in its window. */
    private boolean count(String subject, int threshold) {
        if (windows.size() > SUBJECTS_MAX) {
            windows.clear();
        }
        long now = clock.millis();
        Window window = windows.compute(
                subject,
                (key, current) -> current == null
                                || now - current.startedAtMillis
                                        >= properties.alertWindow().toMillis()
                        ? new Window(now, 1)
                        : new Window(current.startedAtMillis, current.count + 1));
        return window.count == threshold;
    }

    private void raise(
            String action, String title, String subject, SignatureCheck check, String keyId, String clientAddress) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", subject);
        fields.put("keyId", keyId == null ? "" : keyId);
        fields.put("sourceAddress", clientAddress);
        fields.put("lastCheck", check.name());
        fields.put("windowSeconds", Long.toString(properties.alertWindow().toSeconds()));
        log.warn("{}: {}", title, fields);
        try {
            unitOfWork.inNewTransaction(() -> {
                auditLog.record("system", action, subject, fields);
                notifier.alert(Alert.warning("partner", title, title + " (" + subject + ")", fields));
            });
        } catch (RuntimeException unrecorded) {
            log.error("could not record the partner alert {}", action, unrecorded);
        }
    }

    private record Window(long startedAtMillis, int count) {}
}
