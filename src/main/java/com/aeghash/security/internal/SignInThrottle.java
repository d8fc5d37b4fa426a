package com.aeghash.security.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.security.SignInThrottleProperties;
import com.aeghash.security.internal.SignInFailureRepository.SubjectFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The rules of {@link SignInThrottleProperties} over the shared counts of {@link SignInFailureRepository}: whether a
 * sign-in may be checked at all, and what a failure, a refusal and a success change. Every change runs in one
 * transaction that locks the subjects' rows, user name first, so instances never lose a count nor deadlock.
 */
@Component
class SignInThrottle {

    static final String USERNAME = "username:";
    static final String ADDRESS = "address:";
    /** Longer user names cannot exist ({@code OperatorAccountsService.USERNAME_PATTERN}); they share one count. */
    private static final int SUBJECT_TEXT_MAX = 100;

    private final SignInFailureRepository failures;
    private final SignInEvents events;
    private final SignInThrottleProperties rules;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    SignInThrottle(
            SignInFailureRepository failures,
            SignInEvents events,
            SignInThrottleProperties rules,
            UnitOfWork unitOfWork,
            Clock clock) {
        this.failures = failures;
        this.events = events;
        this.rules = rules;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** What the counts say before a sign-in is checked. */
    Check check(String username, String address) {
        Instant now = now();
        List<SubjectFailures> found = failures.find(List.of(usernameSubject(username), addressSubject(address)));
        List<SubjectFailures> blocking =
                found.stream().filter(subject -> subject.blocks(now)).toList();
        Optional<Duration> retryAfter = blocking.stream()
                .map(SubjectFailures::blockedUntil)
                .max(Instant::compareTo)
                .map(until -> Duration.between(now, until));
        boolean usernameCounted =
                found.stream().anyMatch(subject -> subject.subject().equals(usernameSubject(username)));
        return new Check(
                retryAfter, blocking.stream().map(SubjectFailures::subject).toList(), usernameCounted);
    }

    /**
     * A sign-in refused unchecked: it counts towards the bursts of the subjects that blocked it (rows that exist: a
     * refused attempt never adds a row, whatever user name it names).
     */
    void refused(Check check, String address) {
        unitOfWork.inTransaction(() -> {
            Instant now = now();
            for (String subject : check.blockingSubjects()) {
                SubjectFailures current = failures.lock(subject, now);
                if (current.blocks(now)) {
                    failures.update(inBurst(current, now, address));
                }
            }
        });
    }

    /**
     * A wrong password (or an unknown user name): both counts grow, with their delays, locks, audits and alerts. In a
     * transaction of its own: the count stays when the request that counted it fails (a wrong current password given
     * to change one's own password rolls that change back, never the count).
     */
    void failed(String username, String address, boolean knownOperator) {
        unitOfWork.inNewTransaction(() -> {
            Instant now = now();
            SubjectFailures user = failed(usernameSubject(username), now, address, rulesOfUsernames());
            failed(addressSubject(address), now, address, rulesOfAddresses());
            if (knownOperator) {
                events.failedSignIn(username, address, user.failures());
            }
            failures.purge(now.minus(rules.forgetAfter()), now);
            return null;
        });
    }

    /** Milliseconds: what both databases store exactly, so a lock ends when the clock says, not a rounding later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A successful sign-in forgets the user name's failures (never the address's: one good account must not). */
    void succeeded(String username) {
        failures.delete(usernameSubject(username));
    }

    private SubjectFailures failed(String subject, Instant now, String address, Thresholds thresholds) {
        SubjectFailures current = failures.lock(subject, now);
        int count = remembered(current, now) + 1;
        Instant blockedUntil = delay(count, thresholds).map(now::plus).orElse(null);
        SubjectFailures counted = inBurst(
                new SubjectFailures(
                        subject,
                        count,
                        now,
                        blockedUntil,
                        current.burstStartedAt(),
                        current.burstCount(),
                        current.burstAlerted()),
                now,
                address);
        failures.update(counted);
        if (count >= thresholds.lockAfter()) {
            events.locked(subject, address, count, blockedUntil);
        }
        return counted;
    }

    /** The failures still remembered: none once the last is {@code forgetAfter} old and no lock runs. */
    private int remembered(SubjectFailures current, Instant now) {
        boolean forgotten = !current.lastFailureAt().plus(rules.forgetAfter()).isAfter(now) && !current.blocks(now);
        return forgotten ? 0 : current.failures();
    }

    /** Counts one attempt in the subject's burst window, raising its alert when the count reaches the threshold. */
    private SubjectFailures inBurst(SubjectFailures current, Instant now, String address) {
        boolean windowOver = !current.burstStartedAt().plus(rules.burstWindow()).isAfter(now);
        Instant started = windowOver ? now : current.burstStartedAt();
        int count = (windowOver ? 0 : current.burstCount()) + 1;
        boolean alerted = !windowOver && current.burstAlerted();
        if (!alerted && count >= rules.burstFailures()) {
            events.burst(current.subject(), address, count, rules.burstWindow());
            alerted = true;
        }
        return new SubjectFailures(
                current.subject(),
                current.failures(),
                current.lastFailureAt(),
                current.blockedUntil(),
                started,
                count,
                alerted);
    }

    /** After {@code count} failures: none within the free ones, then doubling from the first delay, then the lock. */
    Optional<Duration> delay(int count, Thresholds thresholds) {
        if (count <= thresholds.free()) {
            return Optional.empty();
        }
        if (count >= thresholds.lockAfter()) {
            return Optional.of(rules.lockDuration());
        }
        int doublings = Math.min(count - thresholds.free() - 1, 30);
        Duration growing = rules.firstDelay().multipliedBy(1L << doublings);
        return Optional.of(growing.compareTo(rules.lockDuration()) < 0 ? growing : rules.lockDuration());
    }

    Thresholds rulesOfUsernames() {
        return new Thresholds(rules.freeFailuresPerUsername(), rules.lockAfterFailuresPerUsername());
    }

    Thresholds rulesOfAddresses() {
        return new Thresholds(rules.freeFailuresPerAddress(), rules.lockAfterFailuresPerAddress());
    }

    static String usernameSubject(String username) {
        return USERNAME + cut(username == null ? "" : username);
    }

    static String addressSubject(String address) {
        return ADDRESS + cut(address == null ? "unknown" : address);
    }

    private static String cut(String text) {
        return text.length() > SUBJECT_TEXT_MAX ? text.substring(0, SUBJECT_TEXT_MAX) : text;
    }

    /** Failures without delay, and the failure that locks. */
    record Thresholds(int free, int lockAfter) {}

    /**
     * @param retryAfter        how long the sign-in must wait; empty when it may be checked now
     * @param blockingSubjects  the subjects (user name, address) that make it wait
     * @param usernameCounted   the user name has failures to forget when this sign-in succeeds
     */
    record Check(Optional<Duration> retryAfter, List<String> blockingSubjects, boolean usernameCounted) {

        boolean refused() {
            return retryAfter.isPresent();
        }
    }
}
