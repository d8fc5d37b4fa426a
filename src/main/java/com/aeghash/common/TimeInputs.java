package com.aeghash.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates and instants received from the outside (JSON bodies, paths, queries): a date is {@code yyyy-MM-dd} with a
 * four-digit year, a real calendar day; an instant is ISO-8601 ({@code 2026-12-02T02:45:38Z}, an offset allowed);
 * both between {@link #EARLIEST_DATE} and {@link #LATEST_DATE}, so every one fits the database and date arithmetic.
 */
public final class TimeInputs {

    /** The first day a date or instant from the outside may name. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1970, 1, 1);
    /** The last day a date or instant from the outside may name. */
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);

    /** The first instant the API accepts. */
    public static final Instant EARLIEST_INSTANT =
            EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Just after the last instant the API accepts. */
    public static final Instant END_OF_LATEST_DATE =
            LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String DATE_RULE =
            "must be a date yyyy-MM-dd between " + EARLIEST_DATE + " and " + LATEST_DATE;
    private static final String INSTANT_RULE =
            "must be an ISO-8601 instant between " + EARLIEST_DATE + " and " + LATEST_DATE;

    private TimeInputs() {}

    /**
     * The date the text names.
     *
     * @throws IllegalArgumentException with the rule as its message, for any other text or a date out of range
     */
    public static LocalDate date(String text) {
        if (text == null) {
            throw new IllegalArgumentException(DATE_RULE);
        }
        try {
            LocalDate date = LocalDate.parse(text, DATE);
            if (date.isBefore(EARLIEST_DATE)) {
                throw new IllegalArgumentException(DATE_RULE);
            }
            return date;
        } catch (DateTimeException malformed) {
            throw new IllegalArgumentException(DATE_RULE);
        }
    }

    /**
     * The instant the text names.
     *
     * @throws IllegalArgumentException with the rule as its message, for any other text or an instant out of range
     */
    public static Instant instant(String text) {
        if (text == null) {
            throw new IllegalArgumentException(INSTANT_RULE);
        }
        try {
            Instant instant = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
            if (instant.isBefore(EARLIEST_INSTANT) || !instant.isBefore(END_OF_LATEST_DATE)) {
                throw new IllegalArgumentException(INSTANT_RULE);
            }
            return instant;
        } catch (DateTimeException malformed) {
            throw new IllegalArgumentException(INSTANT_RULE);
        }
    }
}
