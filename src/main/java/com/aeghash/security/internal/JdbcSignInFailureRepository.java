package com.aeghash.security.internal;

import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link SignInFailureRepository} on the table {@code sign_in_failures} (V86). */
@Repository
class JdbcSignInFailureRepository implements SignInFailureRepository {

    private static final String COLUMNS =
            "subject, failures, last_failure_at, blocked_until, burst_started_at, burst_count, burst_alerted";

    private final JdbcClient jdbc;

    JdbcSignInFailureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SubjectFailures> find(List<String> subjects) {
        Map<String, SubjectFailures> found = jdbc
                .sql("SELECT " + COLUMNS + " FROM sign_in_failures WHERE subject IN (:subjects)")
                .param("subjects", subjects)
                .query(JdbcSignInFailureRepository::row)
                .list()
                .stream()
                .collect(Collectors.toMap(SubjectFailures::subject, Function.identity()));
        return subjects.stream().filter(found::containsKey).map(found::get).toList();
    }

    @Override
    public SubjectFailures lock(String subject, Instant now) {
        jdbc.sql("INSERT INTO sign_in_failures (" + COLUMNS + ") VALUES (:subject, 0, :now, NULL, :now, 0, FALSE)"
                        + " ON CONFLICT DO NOTHING")
                .param("subject", subject)
                .param("now", SqlTimes.utc(now))
                .update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM sign_in_failures WHERE subject = :subject FOR UPDATE")
                .param("subject", subject)
                .query(JdbcSignInFailureRepository::row)
                .single();
    }

    @Override
    public void update(SubjectFailures failures) {
        jdbc.sql("UPDATE sign_in_failures SET failures = :failures, last_failure_at = :lastFailureAt,"
                        + " blocked_until = :blockedUntil, burst_started_at = :burstStartedAt,"
                        + " burst_count = :burstCount, burst_alerted = :burstAlerted WHERE subject = :subject")
                .param("failures", failures.failures())
                .param("lastFailureAt", SqlTimes.utc(failures.lastFailureAt()))
                .param("blockedUntil", SqlTimes.utc(failures.blockedUntil()))
                .param("burstStartedAt", SqlTimes.utc(failures.burstStartedAt()))
                .param("burstCount", failures.burstCount())
                .param("burstAlerted", failures.burstAlerted())
                .param("subject", failures.subject())
                .update();
    }

    @Override
    public boolean delete(String subject) {
        return jdbc.sql("DELETE FROM sign_in_failures WHERE subject = :subject")
                        .param("subject", subject)
                        .update()
                > 0;
    }

    @Override
    public int purge(Instant forgottenBefore, Instant now) {
        return jdbc.sql("DELETE FROM sign_in_failures WHERE last_failure_at < :forgottenBefore"
                        + " AND (blocked_until IS NULL OR blocked_until <= :now)")
                .param("forgottenBefore", SqlTimes.utc(forgottenBefore))
                .param("now", SqlTimes.utc(now))
                .update();
    }

    @Override
    public List<SubjectFailures> blocking(Instant now) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM sign_in_failures WHERE blocked_until > :now")
                .param("now", SqlTimes.utc(now))
                .query(JdbcSignInFailureRepository::row)
                .list()
                .stream()
                .sorted(Comparator.comparing(SubjectFailures::blockedUntil).reversed())
                .toList();
    }

    private static SubjectFailures row(ResultSet row, int index) throws SQLException {
        return new SubjectFailures(
                row.getString("subject"),
                row.getInt("failures"),
                SqlTimes.instant(row, "last_failure_at"),
                SqlTimes.instant(row, "blocked_until"),
                SqlTimes.instant(row, "burst_started_at"),
                row.getInt("burst_count"),
                row.getBoolean("burst_alerted"));
    }
}
