package com.aeghash.security.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.LogText;
import com.aeghash.notification.Alert;
import com.aeghash.notification.Notifier;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What failed sign-ins leave behind, in the transaction that counts them. Each failure of a known operator is one
 * audit entry (at most the lock threshold per lock period, since a locked name is refused unchecked). Failures of
 * unknown user names are not audited one by one (anyone could fill the trail with made-up names): they count towards
 * their address, whose lock is audited once, and a burst of any subject is one audit entry and one alert per window.
 */
@Component
class SignInEvents {

    static final String BURST_TITLE = "Burst of failed sign-ins";
    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final AuditLog auditLog;
    private final Notifier notifier;

    SignInEvents(AuditLog auditLog, Notifier notifier) {
        this.auditLog = auditLog;
        this.notifier = notifier;
    }

    void failedSignIn(String username, String address, int failures) {
        auditLog.record(
                "anonymous",
                "operator.sign_in_failed",
                username,
                Map.of("sourceAddress", address, "failures", Integer.toString(failures)));
    }

    void locked(String subject, String address, int failures, Instant until) {
        log.warn("Sign-ins of {} locked until {} after {} failures", LogText.escape(subject), until, failures);
        auditLog.record(
                "system",
                "operator.sign_in_locked",
                subject,
                Map.of(
                        "lastSourceAddress",
                        address,
                        "failures",
                        Integer.toString(failures),
                        "lockedUntil",
                        until.toString()));
    }

    void burst(String subject, String address, int attempts, Duration window) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("subject", subject);
        fields.put("lastSourceAddress", address);
        fields.put("attempts", Integer.toString(attempts));
        fields.put("windowSeconds", Long.toString(window.toSeconds()));
        log.warn("{}: {}", BURST_TITLE, LogText.escape(fields.toString()));
        auditLog.record("system", "operator.sign_in_burst", subject, fields);
        notifier.alert(Alert.warning("security", BURST_TITLE, BURST_TITLE + " (" + subject + ")", fields));
    }
}
