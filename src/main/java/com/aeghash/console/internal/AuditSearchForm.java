package com.aeghash.console.internal;

import com.aeghash.audit.AuditQuery;
import com.aeghash.common.ApiException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit page's filters as typed: actor, action prefix, target, and a time range in the operators' time zone
 * ({@code 2025-01-31T09:00}, {@code from} inclusive, {@code to} exclusive).
 */
record AuditSearchForm(String actor, String action, String target, String from, String to) {

    AuditSearchForm {
        actor = Text.blankToNull(actor);
        action = Text.blankToNull(action);
        target = Text.blankToNull(target);
        from = Text.blankToNull(from);
        to = Text.blankToNull(to);
    }

    /** The query, times read in {@code zone}; a malformed time is a 400 naming its field. */
    AuditQuery query(ZoneId zone) {
        return new AuditQuery(actor, action, target, instant("from", from, zone), instant("to", to, zone));
    }

    /** The filters as query parameters (for the next page and the CSV link). */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "actor", actor);
        put(parameters, "action", action);
        put(parameters, "target", target);
        put(parameters, "from", from);
        put(parameters, "to", to);
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    private static Instant instant(String field, String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException malformed) {
            throw ApiException.validation(field, "must be a date and time like 2025-01-31T09:00");
        }
    }
}
