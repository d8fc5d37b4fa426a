package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The cursor of a list ordered by a time and then a key (alerts by time raised and id, a member's devices by first
 * sighting and device id): the time in epoch microseconds (the stored precision), a dot, and the key, e.g.
 * {@code 1733212800000000.phone-1}.
 */
record TimedCursor(Instant time, String key) {

    static String of(Instant time, String key) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time) + "." + key;
    }

    /** A cursor of the list whose cursor parameter is {@code parameter}, as typed into the address; else a 400. */
    static TimedCursor parse(String text, String parameter) {
        int dot = text.indexOf('.');
        try {
            return new TimedCursor(
                    Instant.EPOCH.plus(Long.parseLong(text.substring(0, dot)), ChronoUnit.MICROS),
                    text.substring(dot + 1));
        } catch (NumberFormatException | IndexOutOfBoundsException | ArithmeticException malformed) {
            throw ApiException.validation(parameter, "is not a position in this list");
        }
    }
}
