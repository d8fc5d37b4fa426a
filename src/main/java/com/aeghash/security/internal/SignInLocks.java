package com.aeghash.security.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.security.internal.SignInFailureRepository.SubjectFailures;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in locks an administrator sees and lifts ({@link SignInLockController}), and the ones that end with an
 * operator's access change: a new password makes the guesses against the old one moot, and a deleted operator's name
 * starts afresh if it is created again.
 */
@Service
@Transactional
class SignInLocks {

    /** The access changes that forget the user name's failures ({@link OperatorAccessChanged#change()}). */
    private static final Set<String> FORGETTING_CHANGES = Set.of("password", "deleted");

    private final SignInFailureRepository failures;
    private final AuditLog auditLog;
    private final Clock clock;

    SignInLocks(SignInFailureRepository failures, AuditLog auditLog, Clock clock) {
        this.failures = failures;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The subjects whose sign-ins are refused now, the longest lock first. */
    @Transactional(readOnly = true)
    List<SubjectFailures> current() {
        return failures.blocking(clock.instant());
    }

    /**
     * Forgets the subject's failures, lifting its delay or lock.
     *
     * @throws ApiException 400 for a subject that is not {@code username:<name>} or {@code address:<address>}; 404 when
     *     the subject has no failures
     */
    void lift(String actor, String subject) {
        if (subject == null
                || !(subject.startsWith(SignInThrottle.USERNAME) || subject.startsWith(SignInThrottle.ADDRESS))) {
            throw ApiException.validation("subject", "must be username:<user name> or address:<source address>");
        }
        if (!failures.delete(subject)) {
            throw ApiException.notFound("sign-in failures of " + subject);
        }
        auditLog.record(
                actor,
                "operator.sign_in_unlocked",
                subject,
                Map.of("at", clock.instant().toString()));
    }

    @EventListener
    void forgetFailuresOf(OperatorAccessChanged change) {
        if (FORGETTING_CHANGES.contains(change.change())) {
            failures.delete(SignInThrottle.usernameSubject(change.username()));
        }
    }
}
