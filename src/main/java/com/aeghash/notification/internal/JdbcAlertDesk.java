package com.aeghash.notification.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.SqlTimes;
import com.aeghash.notification.AlertDesk;
import com.aeghash.notification.AlertHistory;
import com.aeghash.notification.RecordedAlert;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acknowledges and resolves alerts with conditional updates (the row changes only from the state the action
 * starts from), so two operators acting at once get one success and one 409.
 */
@Service
class JdbcAlertDesk implements AlertDesk {

    private static final int OPERATOR_LENGTH_MAX = 100;
    private final JdbcClient jdbc;
    private final AlertHistory history;
    private final Clock clock;

    JdbcAlertDesk(JdbcClient jdbc, AlertHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RecordedAlert acknowledge(UUID alertId, String operator, String note) {
        String kept = optionalNote(note);
        int changed = jdbc.sql("""
                UPDATE alerts SET acknowledged_at = :at, acknowledged_by = :operator, acknowledgement_note = :note
                WHERE id = :id AND acknowledged_at IS NULL""")
                .param("at", SqlTimes.utc(clock.instant()))
                .param("operator", operatorOf(operator))
                .param("note", kept, Types.VARCHAR)
                .param("id", alertId)
                .update();
        RecordedAlert alert = existing(alertId);
        if (changed == 0) {
            throw ApiException.conflict(
                    "already_acknowledged",
                    "the alert was acknowledged by " + alert.handling().acknowledgedBy());
        }
        return alert;
    }

    @Override
    @Transactional
    public RecordedAlert resolve(UUID alertId, String operator, String note) {
        String kept = optionalNote(note);
        if (kept == null) {
            throw ApiException.validation("note", "is required: say what was done");
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                UPDATE alerts SET resolved_at = :at, resolved_by = :operator, resolution_note = :note,
                  acknowledged_by = COALESCE(acknowledged_by, :operator),
                  acknowledged_at = COALESCE(acknowledged_at, :at)
                WHERE id = :id AND resolved_at IS NULL""")
                .param("at", SqlTimes.utc(now))
                .param("operator", operatorOf(operator))
                .param("note", kept)
                .param("id", alertId)
                .update();
        RecordedAlert alert = existing(alertId);
        if (changed == 0) {
            throw ApiException.conflict(
                    "already_resolved",
                    "the alert was resolved by " + alert.handling().resolvedBy());
        }
        return alert;
    }

    @Override
    @Transactional(readOnly = true)
    public int countUnacknowledgedUpTo(int countMax) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM (SELECT id FROM alerts WHERE acknowledged_at IS NULL LIMIT :limit) waiting""")
                .param("limit", Math.max(countMax, 0) + 1)
                .query(Integer.class)
                .single();
    }

    private RecordedAlert existing(UUID alertId) {
        return history.find(alertId).orElseThrow(() -> ApiException.notFound("alert " + alertId));
    }

    private static String optionalNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String trimmed = note.strip();
        if (trimmed.length() > NOTE_LENGTH_MAX) {
            throw ApiException.validation("note", "must be at most " + NOTE_LENGTH_MAX + " characters");
        }
        return trimmed;
    }

    private static String operatorOf(String operator) {
        if (operator == null || operator.isBlank() || operator.length() > OPERATOR_LENGTH_MAX) {
            throw ApiException.validation("operator", "is required, at most " + OPERATOR_LENGTH_MAX + " characters");
        }
        return operator;
    }
}
