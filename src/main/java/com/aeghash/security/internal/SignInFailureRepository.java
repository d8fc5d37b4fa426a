package com.aeghash.security.internal;

import java.time.Instant;
import java.util.List;

/** The failed sign-ins of each subject (user name or address); SQL in {@link JdbcSignInFailureRepository}. */
interface SignInFailureRepository {

    /** The subjects' rows, in the order asked, without locking them (the check before every sign-in). */
    List<SubjectFailures> find(List<String> subjects);

    /**
     * The subject's row, created with no failures when missing (its burst window starting {@code now}), locked for
     * update until the transaction ends.
     */
    SubjectFailures lock(String subject, Instant now);

    void update(SubjectFailures failures);

    /** Deletes the subject's row; false when there was none. */
    boolean delete(String subject);

    /** Deletes the rows whose last failure is before {@code forgottenBefore} and that block nothing at {@code now}. */
    int purge(Instant forgottenBefore, Instant now);

    /** The rows blocking a sign-in at {@code now}, longest first. */
    List<SubjectFailures> blocking(Instant now);

    /**
     * One subject's count.
     *
     * @param blockedUntil until when its sign-ins are refused unchecked; null when they are not
     */
    record SubjectFailures(
            String subject,
            int failures,
            Instant lastFailureAt,
            Instant blockedUntil,
            Instant burstStartedAt,
            int burstCount,
            boolean burstAlerted) {

        boolean blocks(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }
}
